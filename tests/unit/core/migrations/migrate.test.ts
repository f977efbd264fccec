import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../../src-main/core/db/migrations';
import type { Migration } from '../../../../src-main/core/db/migrations/migration';
import { JournalError } from '../../../../src-main/core/common/errors';
import { openJournal } from '../../../../src-main/core/journal';
import { sampleDrama, tempDir } from '../../../support/temp-journal';
import { snapshot, tableNames } from '../journal-snapshot';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

function folder(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

function refusal(run: () => unknown): JournalError {
  try {
    run();
  } catch (error) {
    if (error instanceof JournalError) return error;
    throw error;
  }
  throw new Error('expected the journal to be refused');
}

describe('a new journal', () => {
  test('is created at the latest version with WAL, foreign keys and STRICT tables', () => {
    // Dramalog's own data folder is made for a first journal; a typed path's folder is not (journal-files.test.ts).
    const path = join(folder(), 'nested', 'journal.sqlite');
    const journal = openJournal(path, { createFolder: true });
    cleanups.push(() => journal.close());

    expect(journal.version).toBe(LATEST_VERSION);
    expect(journal.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(journal.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(journal.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tableNames(journal.db)).toEqual(expect.arrayContaining(['dramas', 'notes', 'reviews', 'settings']));
    // Every ordinary table is STRICT (FTS index tables are 'virtual' or 'shadow' and cannot be).
    const tables = journal.db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) expect(table, table.name).toMatchObject({ strict: 1 });
  });

  test('reopening an up-to-date journal keeps its data and version', () => {
    const path = join(folder(), 'journal.sqlite');
    const first = openJournal(path);
    first.dramas.create(sampleDrama);
    first.close();
    const again = openJournal(path);
    cleanups.push(() => again.close());
    expect(again.version).toBe(LATEST_VERSION);
    expect(again.dramas.list().map((d) => d.title)).toEqual([sampleDrama.title]);
  });

  test('migration versions count up from 1 with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('migrate()', () => {
  const createTable = (version: number, table: string): Migration => ({
    version,
    name: `create ${table}`,
    up: (db) => db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY) STRICT`),
  });

  test('applies every pending migration and records the last version', () => {
    const db = new BetterSqlite3(join(folder(), 'fake.sqlite'));
    cleanups.push(() => db.close());
    expect(migrate(db, 'fake', [createTable(1, 'one'), createTable(2, 'two')])).toBe(2);
    expect(tableNames(db)).toEqual(['one', 'two']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    // Already at the latest: nothing to do.
    expect(migrate(db, 'fake', [createTable(1, 'one'), createTable(2, 'two')])).toBe(2);
  });

  test('starts from the version the journal is at', () => {
    const db = new BetterSqlite3(join(folder(), 'fake.sqlite'));
    cleanups.push(() => db.close());
    migrate(db, 'fake', [createTable(1, 'one')]);
    migrate(db, 'fake', [createTable(1, 'one'), createTable(2, 'two'), createTable(3, 'three')]);
    expect(tableNames(db)).toEqual(['one', 'three', 'two']);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  test('a failing migration leaves the version and the schema as they were, even the steps before it', () => {
    const db = new BetterSqlite3(join(folder(), 'fake.sqlite'));
    cleanups.push(() => db.close());
    migrate(db, 'fake', [createTable(1, 'one')]);
    db.prepare('INSERT INTO one (id) VALUES (7)').run();
    const before = snapshot(db);

    const failing: Migration = {
      version: 4,
      name: 'breaks halfway',
      up: (d) => {
        d.exec('CREATE TABLE four (id INTEGER) STRICT; DROP TABLE one;');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, 'fake', [createTable(1, 'one'), createTable(2, 'two'), createTable(3, 'three'), failing])).toThrow(
      'disk on fire',
    );
    expect(snapshot(db)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  test('a journal newer than the migrations is refused', () => {
    const db = new BetterSqlite3(join(folder(), 'fake.sqlite'));
    cleanups.push(() => db.close());
    db.pragma('user_version = 5');
    const error = refusal(() => migrate(db, '/x/journal.sqlite', [createTable(1, 'one')]));
    expect(error.code).toBe('journal-too-new');
    expect(tableNames(db)).toEqual([]);
  });
});

describe('a journal Dramalog cannot use is refused and left untouched', () => {
  test('one written by a newer Dramalog (WAL mode, closed cleanly)', () => {
    const dir = folder();
    const path = join(dir, 'journal.sqlite');
    const newer = openJournal(path);
    newer.dramas.create(sampleDrama);
    newer.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const bytes = readFileSync(path);

    const error = refusal(() => openJournal(path));
    expect(error.code).toBe('journal-too-new');
    expect(error.message).toContain(path);
    expect(error.message).toContain('newer Dramalog');
    expect(error.message).toContain(`journal version ${LATEST_VERSION + 1}`);
    expect(error.message).toContain('left untouched');

    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  test('one written by a newer Dramalog that is still open elsewhere (its WAL not yet checkpointed)', () => {
    const path = join(folder(), 'journal.sqlite');
    const newer = openJournal(path);
    cleanups.push(() => newer.close());
    newer.db.pragma('wal_autocheckpoint = 0');
    newer.db.pragma(`user_version = ${LATEST_VERSION + 3}`);
    expect(existsSync(`${path}-wal`)).toBe(true);

    const error = refusal(() => openJournal(path));
    expect(error.code).toBe('journal-too-new');
    expect(error.message).toContain(`journal version ${LATEST_VERSION + 3}`);
    expect(newer.dramas.list()).toEqual([]);
  });

  test('a file that is not an SQLite database', () => {
    const dir = folder();
    const path = join(dir, 'notes.txt');
    const text = 'My drama notes: 달빛 나루 was lovely. '.repeat(20);
    writeFileSync(path, text);

    const error = refusal(() => openJournal(path));
    expect(error.code).toBe('journal-unreadable');
    expect(error.message).toBe(`${path} is not a Dramalog journal: it is not an SQLite database. Choose the journal file (journal.sqlite), or another path.`);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  test('a file too short to be a database', () => {
    const path = join(folder(), 'tiny.sqlite');
    writeFileSync(path, 'SQLite');
    expect(refusal(() => openJournal(path)).message).toContain('is not a Dramalog journal');
    expect(readFileSync(path, 'utf8')).toBe('SQLite');
  });

  test("another program's SQLite database", () => {
    const path = join(folder(), 'other.sqlite');
    const other = new BetterSqlite3(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jisoo');");
    other.close();
    const bytes = readFileSync(path);

    const error = refusal(() => openJournal(path));
    expect(error.message).toBe(`${path} is not a Dramalog journal: it is an SQLite database from another program. Choose the journal file (journal.sqlite), or another path.`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
