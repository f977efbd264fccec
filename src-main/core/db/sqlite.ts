import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';

export interface SqliteOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron's ABI
   * differs from Node's, so the app passes its own build; Node uses the default.
   */
  nativeBinding?: string;
}

export function openSqlite(path: string, options: SqliteOptions = {}): Database {
  return new BetterSqlite3(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}
