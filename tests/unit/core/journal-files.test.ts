/**
 * What the journal does with a file it must not write (damaged, read-only, newer),
 * with no journal at all, and with paths that cannot hold one. Every refusal leaves
 * the file exactly as it was and no file of SQLite's beside it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { JournalError } from '../../../src-main/core/common/errors';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { LATEST_VERSION, MIGRATIONS } from '../../../src-main/core/db/migrations';
import { oldJournal } from './migrations/old-journal';
import { recoverJournal } from '../../../src-main/core/recover';
import { buildJournal, damagePage } from '../../support/journal-damage';
import { sampleDrama, tempDir } from '../../support/temp-journal';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function folder(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

function opened(journal: Journal): Journal {
  cleanups.push(() => journal.close());
  return journal;
}

function refusal(open: () => unknown): JournalError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(JournalError);
    return error as JournalError;
  }
  throw new Error('expected a refusal');
}

/** The folder's names, for "nothing was left beside it". */
const names = (dir: string) => readdirSync(dir).sort();

/** One real journal of 300 dramas, built once; each test damages its own copy. */
const built = (() => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'journal.sqlite');
  buildJournal(path);
  return { path, cleanup };
})();
afterAll(() => built.cleanup());

function copyOfJournal(name = 'journal.sqlite'): { dir: string; path: string } {
  const dir = folder();
  const path = join(dir, name);
  copyFileSync(built.path, path);
  return { dir, path };
}

describe('a damaged journal', () => {
  test('is opened for reading only, refuses every write and a backup, and stays byte for byte as it was', async () => {
    const { dir, path } = copyOfJournal();
    damagePage(path);
    const bytes = readFileSync(path);

    const journal = opened(openJournal(path));
    expect(journal.damaged).toBe(true);
    expect(journal.writeRefusal).toMatchObject({ code: 'journal-damaged' });
    expect(journal.writeRefusal!.message).toMatch(new RegExp(`^${path} is damaged \\(SQLite's check found: .+\\)\\. Dramalog opened it for reading only and will not write to it\\. Recover what can still be read into a new file \\(dramalog recover --out FILE\\)`));
    expect(() => journal.transaction(() => journal.dramas.create(sampleDrama))).toThrow(journal.writeRefusal!);
    await expect(journal.backup(join(dir, 'copy.sqlite'))).rejects.toBe(journal.writeRefusal);
    expect(journal.removeUnusedPictures(Date.now() + 1e12)).toBe(0);
    journal.close();

    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(names(dir)).toEqual(['journal.sqlite']);
  });

  test("through the app's channels: writes and reads that meet the damage answer journal-damaged, never an internal error", async () => {
    const { path } = copyOfJournal();
    damagePage(path, 'root');
    const journal = opened(openJournal(path));
    const unexpected: unknown[] = [];
    const dispatch = createDispatch(createHandlers(journal), (error) => unexpected.push(error));
    const damaged = { ok: false, error: { code: 'journal-damaged', message: journal.writeRefusal!.message } };
    expect(await dispatch('dramas.create', sampleDrama)).toEqual(damaged);
    expect(await dispatch('notes.add', { dramaId: 1, episode: null, text: 'x' })).toEqual(damaged);
    expect(await dispatch('dramas.list', {})).toMatchObject({ ok: false, error: { code: 'journal-damaged' } });
    expect(unexpected).toEqual([]);
  });

  test('recover copies every readable drama, with its notes and cast, into a new journal; the damaged file is unchanged', () => {
    const { dir, path } = copyOfJournal();
    damagePage(path);
    const bytes = readFileSync(path);
    const out = join(dir, 'recovered.sqlite');

    const report = recoverJournal(path, out);
    expect(report.file).toBe(out);
    const dramas = report.tables.find((t) => t.table === 'dramas')!;
    expect(dramas.incomplete).toBe(true);
    expect(dramas.rows).toBeGreaterThan(200);
    expect(dramas.rows).toBeLessThan(300);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    const recovered = opened(openJournal(out));
    expect(recovered.damaged).toBe(false);
    expect(recovered.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const list = recovered.dramas.list();
    expect(list).toHaveLength(dramas.rows);
    for (const summary of list.slice(0, 20)) {
      const drama = recovered.dramas.get(summary.id);
      expect(drama.title).toBe(`Drama ${drama.id}`);
      expect(drama.notes.map((n) => n.text)).toEqual([`A note on drama ${drama.id}. `.repeat(8)]);
      expect(recovered.cast.list(drama.id).map((m) => m.actor)).toEqual([`Actor ${drama.id}`]);
    }
    // Nothing points at a drama that was lost, and search finds what was recovered.
    expect(recovered.db.pragma('foreign_key_check')).toEqual([]);
    expect(recovered.search.search({ text: list[0].title }).length).toBeGreaterThan(0);
    recovered.transaction(() => recovered.dramas.create(sampleDrama));
    expect(names(dir)).toEqual(['journal.sqlite', 'recovered.sqlite', 'recovered.sqlite-shm', 'recovered.sqlite-wal']);
  });

  test('recover refuses an existing file and a missing journal, and leaves nothing behind', () => {
    const { dir, path } = copyOfJournal();
    damagePage(path);
    writeFileSync(join(dir, 'taken.sqlite'), 'mine');
    expect(refusal(() => recoverJournal(path, join(dir, 'taken.sqlite'))).message).toBe(`${join(dir, 'taken.sqlite')} already exists; recover into a new file, so nothing is overwritten`);
    expect(refusal(() => recoverJournal(join(dir, 'nothing.sqlite'), join(dir, 'out.sqlite'))).code).toBe('journal-missing');
    expect(refusal(() => recoverJournal(path, join(dir, 'no-folder', 'out.sqlite'))).code).toBe('journal-missing');
    expect(names(dir)).toEqual(['journal.sqlite', 'taken.sqlite']);
    expect(readFileSync(join(dir, 'taken.sqlite'), 'utf8')).toBe('mine');
  });
});

describe('a sound journal is checked and backed up', () => {
  test('a backup is checked, and is a journal that opens whole', async () => {
    const { dir, path } = copyOfJournal();
    const journal = opened(openJournal(path));
    expect(journal.damaged).toBe(false);
    await journal.backup(join(dir, 'backup.sqlite'));
    const copy = opened(openJournal(join(dir, 'backup.sqlite'), { access: 'read' }));
    expect(copy.dramas.list()).toHaveLength(300);
  });

  test('the journal is written with synchronous=FULL', () => {
    const { path } = copyOfJournal();
    expect(opened(openJournal(path)).db.pragma('synchronous', { simple: true })).toBe(2);
  });
});

describe('no journal at the path', () => {
  test.each(['missing', 'empty'] as const)('a %s file: reading is refused and nothing is made; a write refuses an empty file', (state) => {
    const dir = folder();
    const path = join(dir, 'journal.sqlite');
    if (state === 'empty') writeFileSync(path, '');
    const read = refusal(() => openJournal(path, { access: 'read' }));
    expect(read.code).toBe('journal-missing');
    expect(read.message).toBe(
      state === 'empty'
        ? `There is no journal at ${path}: the file is empty. Check the path; a command that saves (such as add) starts a journal there once the empty file is deleted.`
        : `There is no journal at ${path}. Check the path; a command that saves (such as add) starts a new journal there.`,
    );
    if (state === 'empty') {
      expect(refusal(() => openJournal(path))).toMatchObject({ code: 'journal-unreadable', message: `${path} is an empty file, not a journal. Delete it to start a new journal there, or choose another file.` });
      expect(readFileSync(path)).toHaveLength(0);
      expect(names(dir)).toEqual(['journal.sqlite']);
    } else {
      expect(names(dir)).toEqual([]);
      const created = opened(openJournal(path));
      expect(created.created).toBe(true);
    }
  });

  test('a new journal is started only in a folder that exists', () => {
    const dir = folder();
    const path = join(dir, 'typo', 'journal.sqlite');
    expect(refusal(() => openJournal(path))).toMatchObject({
      code: 'journal-missing',
      message: `There is no journal at ${path}, and no folder ${join(dir, 'typo')} to start one in. Check the path, or create the folder first.`,
    });
    expect(names(dir)).toEqual([]);
  });

  test('a folder, and a path through a file, are refused in plain words', () => {
    const dir = folder();
    mkdirSync(join(dir, 'journals'));
    expect(refusal(() => openJournal(join(dir, 'journals')))).toMatchObject({
      code: 'journal-unreadable',
      message: `${join(dir, 'journals')} is a folder, not a journal file. Give the journal file itself, for example ${join(dir, 'journals', 'journal.sqlite')}.`,
    });
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    const through = join(dir, 'notes.txt', 'journal.sqlite');
    for (const access of ['read', 'write'] as const) {
      expect(refusal(() => openJournal(through, { access }))).toMatchObject({
        code: 'journal-unreadable',
        message: `${through} cannot be a journal: part of that path is a file, not a folder. Choose another path.`,
      });
    }
    expect(names(dir)).toEqual(['journals', 'notes.txt']);
    expect(names(join(dir, 'journals'))).toEqual([]);
  });
});

describe('a journal that cannot be written', () => {
  // The root user writes through permission bits, so "cannot write" is the injected answer here;
  // a real read-only mount is tried in cli/journal-files.test.ts.
  const readOnly = { canWrite: () => false };

  test('opens for reading only: lists work, writes are refused in plain words, and no -wal or -shm is left', () => {
    const { dir, path } = copyOfJournal();
    const bytes = readFileSync(path);
    const journal = opened(openJournal(path, readOnly));
    expect(journal.dramas.list()).toHaveLength(300);
    expect(journal.search.search({ text: 'Drama 7' }).length).toBeGreaterThan(0);
    expect(journal.writeRefusal).toMatchObject({
      code: 'journal-read-only',
      message: `${path} is read-only (on read-only media, or in a folder Dramalog cannot write to), so it was opened for reading only and nothing can be saved. Copy it to a folder you can write to and open it there.`,
    });
    expect(() => journal.transaction(() => journal.dramas.create(sampleDrama))).toThrow(journal.writeRefusal!);
    journal.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(names(dir)).toEqual(['journal.sqlite']);
  });

  test('commits still in its -wal are read, and no -shm is made', () => {
    const { dir, path } = copyOfJournal();
    const writer = new BetterSqlite3(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare('UPDATE dramas SET title = ? WHERE id = 1').run('Only in the WAL');
    const copyDir = folder();
    for (const name of ['journal.sqlite', 'journal.sqlite-wal']) copyFileSync(join(dir, name), join(copyDir, name));
    writer.close();
    const copy = join(copyDir, 'journal.sqlite');
    const journal = opened(openJournal(copy, readOnly));
    expect(journal.dramas.get(1).title).toBe('Only in the WAL');
    journal.close();
    expect(names(copyDir)).toEqual(['journal.sqlite', 'journal.sqlite-wal']);
  });

  test('a newer journal with a -wal beside it is refused without making a -shm', () => {
    const { path, dir } = copyOfJournal();
    const writer = new BetterSqlite3(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const copyDir = folder();
    for (const name of ['journal.sqlite', 'journal.sqlite-wal']) copyFileSync(join(dir, name), join(copyDir, name));
    writer.close();
    const copy = join(copyDir, 'journal.sqlite');
    const bytes = readFileSync(copy);
    expect(refusal(() => openJournal(copy)).code).toBe('journal-too-new');
    expect(names(copyDir)).toEqual(['journal.sqlite', 'journal.sqlite-wal']);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  });
});

describe('the data folder', () => {
  test('Dramalog makes its own data folder for a first journal', () => {
    const path = join(folder(), 'Dramalog', 'journal.sqlite');
    expect(opened(openJournal(path, { createFolder: true })).created).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});

test('reading an older journal reads an up-to-date copy and leaves the file as that Dramalog wrote it', () => {
  const path = oldJournal(MIGRATIONS.slice(0, 1), (db) => {
    db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES ('Old Drama', '옛 드라마', '["KBS"]', 2010, 5, 16, '["Romance"]', 'completed', 16, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
    ).run();
  });
  const bytes = readFileSync(path);
  const journal = opened(openJournal(path, { access: 'read' }));
  expect(journal.version).toBe(LATEST_VERSION);
  expect(journal.dramas.list().map((d) => d.title)).toEqual(['Old Drama']);
  expect(journal.search.search({ text: 'Old' }).map((hit) => hit.dramaId)).toEqual([1]);
  journal.close();
  expect(readFileSync(path).equals(bytes)).toBe(true);
  const raw = new BetterSqlite3(path, { readonly: true });
  cleanups.push(() => raw.close());
  expect(raw.pragma('user_version', { simple: true })).toBe(1);
});
