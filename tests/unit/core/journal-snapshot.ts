import type { Database } from 'better-sqlite3';

/** Everything a journal holds, table by table, plus its schema and version: two equal snapshots mean nothing changed. */
export interface JournalSnapshot {
  userVersion: number;
  schema: { type: string; name: string; sql: string | null }[];
  rows: Record<string, unknown[]>;
}

export function snapshot(db: Database): JournalSnapshot {
  const schema = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as JournalSnapshot['schema'];
  const rows: Record<string, unknown[]> = {};
  const tables = db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const name of tables) {
    // Sorted in JS: some tables (full-text index internals) have no rowid to order by.
    rows[name] = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
      .sort();
  }
  return { userVersion: db.pragma('user_version', { simple: true }) as number, schema, rows };
}

/** The database image page by page (including what is still in the WAL), for byte-for-byte comparisons. */
export function image(db: Database): Buffer {
  return db.serialize();
}

export function tableNames(db: Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}
