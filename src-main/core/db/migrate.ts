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
  // PRAGMA foreign_keys is a no-op inside a transaction: it is turned off before, when a step
  // rebuilds a table, and the references are checked inside, so a broken one rolls everything back.
  const rebuilds = pending.some((m) => m.rebuildsTables);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilds) refuseBrokenReferences(db);
    })();
  } finally {
    if (rebuilds) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return latest;
}

/** Step 10 of SQLite's table rebuild: every reference still finds its row. */
function refuseBrokenReferences(db: Database): void {
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length) {
    const [first] = broken;
    throw new Error(`migration left ${broken.length} broken reference(s), e.g. ${first!.table} row ${first!.rowid} to ${first!.parent}`);
  }
}
