import type { Database } from 'better-sqlite3';
import { JournalError } from '../common/errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function tooNewError(path: string, version: number): JournalError {
  return new JournalError(
    'journal-too-new',
    `${path} was written by a newer Dramalog (journal version ${version}; this Dramalog reads up to version ${LATEST_VERSION}). ` +
      'Update Dramalog to open it. The file was left untouched.',
  );
}

/** Applies every pending migration in one transaction: the journal moves to the latest version or stays as it was. */
export function migrate(db: Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) throw tooNewError(path, current);
  const pending = migrations.filter((m) => m.version > current);
  if (!pending.length) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return latest;
}
