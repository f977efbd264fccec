import type { Database } from 'better-sqlite3';

/** One step of the journal's schema. Applied in order; its version goes into PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  /**
   * The migration rebuilds a table others refer to (SQLite's twelve-step ALTER): foreign keys are
   * off while it runs, so dropping the old table cascades nothing, and checked before the commit.
   */
  rebuildsTables?: boolean;
  up(db: Database): void;
}
