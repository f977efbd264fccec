import type { Database } from 'better-sqlite3';

/**
 * Tells when the journal file changed. `total_changes()` counts rows this
 * connection wrote (the server's own calls); `PRAGMA data_version` moves when
 * another connection committed (the CLI, a second server). Both are cheap reads.
 */
export function journalStamp(db: Database): () => string {
  const own = db.prepare('SELECT total_changes()').pluck();
  const others = db.prepare('PRAGMA data_version').pluck();
  return () => `${own.get() as number}:${others.get() as number}`;
}
