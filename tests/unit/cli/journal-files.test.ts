/**
 * The command line on journals it must not create or write: commands that only read
 * never make a journal, writes start one only in a folder that exists, and a damaged
 * or read-only journal is refused in plain words and left as it was.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildJournal, damagePage } from '../../support/journal-damage';
import { tempDir } from '../../support/temp-journal';
import { addArgs, expectOneLine, runIn, workspace } from './harness';

const READ_ONLY_COMMANDS: string[][] = [
  ['list'],
  ['list', '--json'],
  ['show', '1'],
  ['search', 'moon'],
  ['stats'],
  ['export', '--out', 'site'],
  ['dump', '--out', 'journal.json'],
  ['backup', '--out', 'copy.sqlite'],
];

const names = (dir: string) => readdirSync(dir).sort();

describe.each(['missing', 'empty'] as const)('a %s journal file', (state) => {
  test.each(READ_ONLY_COMMANDS.map((args) => [args.join(' '), args]))('%s says there is no journal there, exit 1, and makes nothing', async (_name, args) => {
    const { cli, db, dir } = workspace();
    if (state === 'empty') writeFileSync(db, '');
    const run = await cli(...args);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(expectOneLine(run.stderr)).toBe(
      state === 'empty'
        ? `There is no journal at ${db}: the file is empty. Check the path; a command that saves (such as add) starts a journal there once the empty file is deleted.`
        : `There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`,
    );
    expect(names(dir)).toEqual(state === 'empty' ? ['journal.sqlite'] : []);
    if (state === 'empty') expect(readFileSync(db)).toHaveLength(0);
  });
});

describe('a command that writes', () => {
  test('starts a journal in a folder that exists and says so; refuses a missing folder and an empty file', async () => {
    const { dir } = workspace();
    const typo = join(dir, 'jounals', 'journal.sqlite');
    const refused = await runIn(dir, ['add', '--db', typo, ...addArgs()], {});
    expect(refused.code).toBe(1);
    expect(expectOneLine(refused.stderr)).toBe(`There is no journal at ${typo}, and no folder ${join(dir, 'jounals')} to start one in. Check the path, or create the folder first.`);
    expect(names(dir)).toEqual([]);

    writeFileSync(join(dir, 'empty.sqlite'), '');
    const empty = await runIn(dir, ['add', '--db', 'empty.sqlite', ...addArgs()], {});
    expect(empty.code).toBe(1);
    expect(expectOneLine(empty.stderr)).toBe(`${join(dir, 'empty.sqlite')} is an empty file, not a journal. Delete it to start a new journal there, or choose another file.`);
    expect(readFileSync(join(dir, 'empty.sqlite'))).toHaveLength(0);

    const made = await runIn(dir, ['add', '--db', 'new.sqlite', ...addArgs()], {});
    expect(made).toEqual({ code: 0, stdout: '1\n', stderr: `Created a new journal at ${join(dir, 'new.sqlite')}\n` });
    expect((await runIn(dir, ['add', '--db', 'new.sqlite', ...addArgs({ title: 'Second' })], {})).stderr).toBe('');
  });

  test('a folder given as the journal is refused in plain words', async () => {
    const { dir } = workspace();
    mkdirSync(join(dir, 'journals'));
    for (const args of [['add', ...addArgs()], ['list']]) {
      const run = await runIn(dir, [...args, '--db', 'journals'], {});
      expect(run.code).toBe(1);
      expect(expectOneLine(run.stderr)).toBe(`${join(dir, 'journals')} is a folder, not a journal file. Give the journal file itself, for example ${join(dir, 'journals', 'journal.sqlite')}.`);
    }
    expect(names(join(dir, 'journals'))).toEqual([]);
  });
});

describe('a damaged journal', () => {
  test('add and backup are refused, list says it is damaged, recover writes a new journal; the file is unchanged', async () => {
    const { cli, db, dir } = workspace();
    buildJournal(db, 300);
    damagePage(db);
    const bytes = readFileSync(db);
    const damaged = new RegExp(`^${db} is damaged \\(SQLite's check found: .+\\)\\. Dramalog opened it for reading only and will not write to it\\. Recover what can still be read into a new file \\(dramalog recover --out FILE\\), and keep the damaged file as it is\\.$`);

    for (const args of [['add', ...addArgs()], ['backup', '--out', 'copy.sqlite'], ['list']]) {
      const run = await cli(...args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(damaged);
    }
    const recovered = await cli('recover', '--out', 'recovered.sqlite');
    expect(recovered.code).toBe(0);
    expect(recovered.stdout.startsWith(`Recovered ${db} into ${join(dir, 'recovered.sqlite')}:\n`)).toBe(true);
    expect(recovered.stdout).toMatch(/\n {2}dramas: \d+ rows \(some could not be read\)\n/);
    expect(recovered.stdout).toMatch(/\n {2}review_revisions: 0 rows\n/);
    expect(recovered.stdout).toMatch(/Check the recovered journal: some rows were lost to the damage\.\n$/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(names(dir)).toEqual(['journal.sqlite', 'recovered.sqlite']);

    const listed = await runIn(dir, ['list', '--json', '--db', 'recovered.sqlite'], {});
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(200);
  });
});

/**
 * A real read-only mount (root writes through permission bits, so chmod proves
 * nothing). Needs mount(8) and the right to bind-mount; skipped, saying so, elsewhere.
 */
const mounted = (() => {
  const { dir, cleanup } = tempDir('dramalog-ro-');
  try {
    buildJournal(join(dir, 'journal.sqlite'), 20);
    execFileSync('mount', ['--bind', '-o', 'ro', dir, dir], { stdio: 'ignore' });
    return {
      dir,
      cleanup: () => {
        execFileSync('umount', [dir], { stdio: 'ignore' });
        cleanup();
      },
    };
  } catch {
    cleanup();
    return null;
  }
})();
afterAll(() => mounted?.cleanup());

describe('a journal on a read-only mount', () => {
  test.skipIf(!mounted)('lists and shows, refuses a write in plain words, and leaves no -wal or -shm (skipped where bind mounts are not allowed)', async () => {
    const { dir } = mounted!;
    const db = join(dir, 'journal.sqlite');
    const env = { DRAMALOG_DB: db };
    const bytes = readFileSync(db);
    const listed = await runIn(dir, ['list', '--json'], env);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(20);
    expect((await runIn(dir, ['show', '3'], env)).code).toBe(0);
    const add = await runIn(dir, ['add', ...addArgs()], env);
    expect(add.code).toBe(1);
    expect(expectOneLine(add.stderr)).toBe(
      `${db} is read-only (on read-only media, or in a folder Dramalog cannot write to), so it was opened for reading only and nothing can be saved. Copy it to a folder you can write to and open it there.`,
    );
    const start = await runIn(dir, ['add', '--db', 'new.sqlite', ...addArgs()], {});
    expect(start.code).toBe(1);
    expect(expectOneLine(start.stderr)).toBe(
      `There is no journal at ${join(dir, 'new.sqlite')}, and its folder ${dir} cannot be written to (read-only media, or no permission), so none can be started there. Choose a folder you can write to.`,
    );
    expect(names(dir)).toEqual(['journal.sqlite']);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    // A copy taken off the mount is an ordinary journal again.
    const { dir: writable, cleanup } = tempDir();
    try {
      copyFileSync(db, join(writable, 'journal.sqlite'));
      expect((await runIn(writable, ['add', ...addArgs()], { DRAMALOG_DB: join(writable, 'journal.sqlite') })).code).toBe(0);
    } finally {
      cleanup();
    }
  });
});
