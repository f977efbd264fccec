import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { migrate, schemaVersion, tooNewError } from './db/migrate';
import { LATEST_VERSION } from './db/migrations';
import { openSqlite } from './db/sqlite';
import { DramaRepository } from './dramas/drama-repository';
import { JournalError } from './errors';
import { NoteRepository } from './notes/note-repository';
import { ReviewRepository } from './reviews/review-repository';
import { SettingsRepository } from './settings/settings-repository';

export interface JournalOptions {
  clock?: Clock;
  /** better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
}

/** An open journal: one SQLite file and the repositories over it. */
export class Journal {
  readonly dramas: DramaRepository;
  readonly reviews: ReviewRepository;
  readonly notes: NoteRepository;
  readonly settings: SettingsRepository;

  constructor(
    readonly db: Database,
    readonly path: string,
    readonly clock: Clock,
  ) {
    this.dramas = new DramaRepository(db, clock);
    this.reviews = new ReviewRepository(db, clock);
    this.notes = new NoteRepository(db, clock);
    this.settings = new SettingsRepository(db);
  }

  get version(): number {
    return schemaVersion(this.db);
  }

  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Writes a consistent copy of the journal to `destination` with SQLite's online
   * backup, safe while the journal is in use. The copy appears whole or not at all.
   */
  async backup(destination: string): Promise<void> {
    const target = resolve(destination);
    if (target === resolve(this.path)) throw new JournalError('invalid-input', 'the backup cannot overwrite the journal itself');
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    try {
      await this.db.backup(partial);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error instanceof JournalError
        ? error
        : new JournalError('internal', `could not write the backup to ${target}: ${(error as Error).message}`);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating if needed) the journal at `path` and brings it to the latest
 * version. A journal from a newer Dramalog is refused before anything is written.
 */
export function openJournal(path: string, options: JournalOptions = {}): Journal {
  const file = resolve(path);
  const binding = { nativeBinding: options.nativeBinding };
  if (existsSync(file) && statSync(file).size > 0) refuseIfUnreadable(file, binding);
  mkdirSync(dirname(file), { recursive: true });
  const db = openSqlite(file, binding);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return new Journal(db, file, options.clock ?? systemClock);
}

function refuseIfUnreadable(file: string, binding: { nativeBinding?: string }): void {
  let version: number;
  try {
    const probe = openSqlite(file, { ...binding, readonly: true, fileMustExist: true });
    try {
      version = schemaVersion(probe);
    } finally {
      probe.close();
    }
  } catch (error) {
    throw new JournalError('invalid-input', `${file} is not a Dramalog journal: ${(error as Error).message}`);
  }
  if (version > LATEST_VERSION) throw tooNewError(file, version);
}
