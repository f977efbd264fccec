/**
 * What the migration tests share: a journal written by an older Dramalog (the
 * migrations up to some version applied, then filled as that version wrote
 * its rows), opened by today's, and everything closed and removed after each test.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import type { Migration } from '../../../../src-main/core/db/migrations/migration';
import { openJournal, type Journal } from '../../../../src-main/core/journal';
import { tempDir } from '../../../support/temp-journal';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A journal file at the version of the last of `steps`, filled by `fill`; returns its path. */
export function oldJournal(steps: readonly Migration[], fill: (db: Database) => void): string {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  const path = join(temp.dir, `v${steps.length}.sqlite`);
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  expect(migrate(db, path, steps)).toBe(steps[steps.length - 1]!.version);
  fill(db);
  db.close();
  return path;
}

/** Opens a journal file with today's Dramalog, migrating it; closed after the test. */
export function openToday(path: string): Journal {
  const journal = openJournal(path);
  cleanups.unshift(() => journal.close());
  return journal;
}

/** The journal file itself, as the migration code sees it; closed after the test. */
export function openRaw(path: string): Database {
  const db = new BetterSqlite3(path);
  cleanups.unshift(() => db.close());
  return db;
}
