import type { Database } from 'better-sqlite3';

/** One step of the journal's schema. Applied in order; its version goes into PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
