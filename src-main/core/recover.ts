/**
 * Recovering a damaged journal: every row that can still be read is copied into a
 * new journal, which then holds nothing that points at a lost row. The damaged
 * file is only read (from a private copy) and stays exactly as it was.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { copyForReading, inspectJournalFile, noJournalThere, refuseIfUnreadable } from './db/journal-file';
import { openSqlite } from './db/sqlite';
import { invalidInput } from './common/errors';
import { renameDurably } from './fs/durable';
import { openJournal } from './journal';

export interface RecoveryReport {
  /** The new journal. */
  file: string;
  /** Rows copied from each table, and whether some of that table could not be read. */
  tables: { table: string; rows: number; incomplete: boolean }[];
}

export interface RecoveryOptions {
  nativeBinding?: string;
}

/**
 * Copies what can be read of the journal at `source` into a new journal at
 * `destination` (a file that does not exist yet, in a folder that does). The new
 * journal appears whole, or not at all.
 */
export function recoverJournal(source: string, destination: string, options: RecoveryOptions = {}): RecoveryReport {
  const from = resolve(source);
  const to = resolve(destination);
  if (from === to) throw invalidInput('recover into a new file, not over the damaged journal itself');
  const state = inspectJournalFile(from);
  if (state !== 'file') throw noJournalThere(from, state);
  refuseIfUnreadable(from, options);
  if (existsSync(to)) throw invalidInput(`${to} already exists; recover into a new file, so nothing is overwritten`);

  const copy = copyForReading(from);
  const partial = `${to}.partial-${process.pid}`;
  const removePartial = () => {
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
  };
  try {
    const damaged = openSqlite(copy.file, { nativeBinding: options.nativeBinding, readonly: true, fileMustExist: true });
    try {
      const journal = openJournal(partial, { nativeBinding: options.nativeBinding });
      try {
        const tables = copyReadableRows(damaged, journal.db);
        journal.search.rebuild();
        journal.close();
        renameDurably(partial, to);
        return { file: to, tables };
      } finally {
        journal.close();
      }
    } finally {
      damaged.close();
    }
  } catch (error) {
    removePartial();
    throw error;
  } finally {
    copy.remove();
  }
}

/** The new journal's own tables, less the search index (rebuilt afterwards) and SQLite's. */
function recoverableTables(db: Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  const derived = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`)) || name === 'search_pending';
  return rows.map((row) => row.name).filter((name) => !derived(name));
}

const columnsOf = (db: Database, table: string): string[] => {
  try {
    return (db.pragma(`table_info(${quoteName(table)})`) as { name: string }[]).map((c) => c.name);
  } catch {
    return [];
  }
};

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies each table's readable rows in rowid order. When a read fails (a damaged
 * page), reading starts again further on, in growing steps, so the rows past the
 * damage are kept too. Rows pointing at a row that was lost go at the end.
 */
function copyReadableRows(from: Database, to: Database): RecoveryReport['tables'] {
  const report: RecoveryReport['tables'] = [];
  to.pragma('foreign_keys = OFF');
  to.transaction(() => {
    for (const table of recoverableTables(to)) {
      const wanted = new Set(columnsOf(to, table));
      const columns = columnsOf(from, table).filter((c) => wanted.has(c));
      if (!columns.length) {
        report.push({ table, rows: 0, incomplete: true });
        continue;
      }
      const list = columns.map(quoteName).join(', ');
      const insert = to.prepare(`INSERT OR REPLACE INTO ${quoteName(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
      const read = from.prepare(`SELECT rowid AS "rowid:recover", ${list} FROM ${quoteName(table)} WHERE rowid > ? ORDER BY rowid`).raw();
      let after = Number.MIN_SAFE_INTEGER;
      let rows = 0;
      let incomplete = false;
      for (let step = 1; step <= 2 ** 24; ) {
        try {
          for (const [rowid, ...values] of read.iterate(after) as Iterable<unknown[]>) {
            after = rowid as number;
            insert.run(values);
            rows += 1;
            step = 1;
          }
          break;
        } catch {
          incomplete = true;
          if (after === Number.MIN_SAFE_INTEGER) after = 0;
          after += step;
          step *= 2;
        }
      }
      report.push({ table, rows, incomplete });
    }
    // Rows whose parent was lost (a note of a drama that could not be read) would break the journal's rules.
    for (let pass = 0; pass < 10; pass += 1) {
      const orphans = to.pragma('foreign_key_check') as { table: string; rowid: number }[];
      if (!orphans.length) break;
      for (const orphan of orphans) to.prepare(`DELETE FROM ${quoteName(orphan.table)} WHERE rowid = ?`).run(orphan.rowid);
      for (const entry of report) {
        const gone = orphans.filter((o) => o.table === entry.table).length;
        if (gone) Object.assign(entry, { rows: entry.rows - gone, incomplete: true });
      }
    }
  })();
  to.pragma('foreign_keys = ON');
  return report;
}
