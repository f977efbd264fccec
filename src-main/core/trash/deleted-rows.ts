import type { Database } from 'better-sqlite3';

/** Rows of one table, every column as SQLite holds it (ids included), in rowid order. */
export interface TableRows {
  table: string;
  rows: Record<string, unknown>[];
}

interface Reference {
  /** The table holding the foreign key. */
  child: string;
  /** Its column naming the parent. */
  from: string;
  /** The parent's column it names. */
  to: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every foreign key that names `parent`, read from the schema itself, so a table added later is covered too. */
function referencesTo(db: Database, parent: string): Reference[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const found: Reference[] = [];
  for (const child of tables) {
    if (child === parent) continue; // a row naming a row of its own table (a restored revision) is captured with it
    const keys = db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(child) as { table: string; from: string; to: string | null }[];
    for (const key of keys) if (key.table === parent) found.push({ child, from: key.from, to: key.to ?? 'rowid' });
  }
  return found;
}

/**
 * The row of `table` whose `column` is `value` and, recursively, every row that names it
 * through a foreign key: what deleting that row deletes by cascade. Parents come before
 * their children, so putting the rows back in this order satisfies every key.
 */
export function rowsWithDependents(db: Database, table: string, column: string, value: unknown): TableRows[] {
  const captured: TableRows[] = [];
  const visit = (name: string, where: string, values: unknown[]) => {
    if (!values.length) return;
    const marks = values.map(() => '?').join(', ');
    const rows = db.prepare(`SELECT * FROM ${quote(name)} WHERE ${quote(where)} IN (${marks}) ORDER BY rowid`).all(...values) as Record<string, unknown>[];
    if (!rows.length) return;
    captured.push({ table: name, rows });
    for (const ref of referencesTo(db, name)) visit(ref.child, ref.from, rows.map((row) => row[ref.to]));
  };
  visit(table, column, [value]);
  return captured;
}

/** Puts captured rows back exactly as they were (same ids, same values); a row that is in the way makes it throw. */
export function insertRows(db: Database, captured: readonly TableRows[]): void {
  for (const { table, rows } of captured) {
    for (const row of rows) {
      const columns = Object.keys(row);
      db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
        ...columns.map((c) => row[c]),
      );
    }
  }
}
