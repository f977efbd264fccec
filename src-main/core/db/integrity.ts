import type { Database } from 'better-sqlite3';

/**
 * SQLite's `quick_check`: every page readable, every record well formed, without
 * the full check's index-against-table comparison (which grows faster than the
 * journal). Answers the problems found, none when the journal is sound. A journal
 * too damaged for the check to run at all is reported by the error SQLite gives.
 */
export function integrityProblems(db: Database): string[] {
  try {
    const rows = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
    return problems;
  } catch (error) {
    return [(error as Error).message];
  }
}
