import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LATEST_VERSION } from '../../../src-main/core/db/migrations';
import { openJournal } from '../../../src-main/core/journal';
import { addArgs, expectOneLine, runIn, workspace } from './harness';

test('--db beats DRAMALOG_DB, which beats the default', async () => {
  const { dir } = workspace();
  const fromEnv = join(dir, 'env.sqlite');
  const fromFlag = join(dir, 'flag.sqlite');
  await runIn(dir, ['add', ...addArgs({ title: 'In env' })], { DRAMALOG_DB: fromEnv });
  await runIn(dir, ['add', '--db', fromFlag, ...addArgs({ title: 'In flag' })], { DRAMALOG_DB: fromEnv });
  const titles = async (argv: string[], env: Record<string, string>) =>
    JSON.parse((await runIn(dir, argv, env)).stdout).map((d: { title: string }) => d.title);
  expect(await titles(['list', '--json'], { DRAMALOG_DB: fromEnv })).toEqual(['In env']);
  expect(await titles(['list', '--json', '--db', fromFlag], { DRAMALOG_DB: fromEnv })).toEqual(['In flag']);
  expect(await titles(['list', '--json', '--db=flag.sqlite'], { DRAMALOG_DB: fromEnv })).toEqual(['In flag']);
});

test.runIf(process.platform === 'linux')(
  "without either, the journal is where the app keeps it: $XDG_CONFIG_HOME/Dramalog/journal.sqlite",
  async () => {
    const { dir } = workspace();
    const config = join(dir, 'config');
    const run = await runIn(dir, ['add', ...addArgs()], { XDG_CONFIG_HOME: config, HOME: join(dir, 'home') });
    expect(run.code).toBe(0);
    expect(existsSync(join(config, 'Dramalog', 'journal.sqlite'))).toBe(true);
    const help = await runIn(dir, ['--help'], { XDG_CONFIG_HOME: config });
    expect(help.stdout).toContain(`  ${join(config, 'Dramalog', 'journal.sqlite')}\n`);
  },
);

test('a journal from a newer Dramalog: exit 1 with the message saying so, and the file untouched', async () => {
  const { cli, db } = workspace();
  await cli('add', ...addArgs());
  const journal = openJournal(db);
  journal.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  journal.close();
  const bytes = readFileSync(db);

  for (const argv of [['list'], ['show', '1', '--json'], ['add', ...addArgs()], ['backup', '--out', `${db}.copy`]]) {
    const run = await cli(...argv);
    expect(run.code, argv.join(' ')).toBe(1);
    expect(run.stdout).toBe('');
    expect(expectOneLine(run.stderr)).toBe(
      `${db} was written by a newer Dramalog (journal version ${LATEST_VERSION + 1}; this Dramalog reads up to version ${LATEST_VERSION}). Update Dramalog to open it. The file was left untouched.`,
    );
  }
  expect(readFileSync(db).equals(bytes)).toBe(true);
  expect(existsSync(`${db}-wal`)).toBe(false);
  expect(existsSync(`${db}-shm`)).toBe(false);
  expect(existsSync(`${db}.copy`)).toBe(false);
});

test('a file that is not a journal: exit 1, file unchanged', async () => {
  const { dir } = workspace();
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'just some notes about dramas, nothing more. '.repeat(5));
  const run = await runIn(dir, ['list', '--db', notes], {});
  expect(run.code).toBe(1);
  expect(expectOneLine(run.stderr)).toBe(`${notes} is not a Dramalog journal: it is not an SQLite database. Choose the journal file (journal.sqlite), or another path.`);
  expect(readFileSync(notes, 'utf8')).toBe('just some notes about dramas, nothing more. '.repeat(5));
});
