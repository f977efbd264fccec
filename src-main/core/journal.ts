import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { migrate, schemaVersion, tooNewError } from './db/migrate';
import { LATEST_VERSION } from './db/migrations';
import { openSqlite } from './db/sqlite';
import { DramaRepository } from './dramas/drama-repository';
import { JournalError } from './common/errors';
import { NoteRepository } from './notes/note-repository';
import { mediaDirFor, PictureStore } from './pictures/picture-store';
import { ReviewRepository } from './reviews/review-repository';
import { RevisionRepository } from './reviews/revision-repository';
import { CastRepository } from './cast/cast-repository';
import { SearchIndex } from './search/search-index';
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
  readonly revisions: RevisionRepository;
  /** Pictures copied into the journal's media folder beside the database. */
  readonly pictures: PictureStore;
  readonly notes: NoteRepository;
  readonly settings: SettingsRepository;
  readonly cast: CastRepository;
  readonly search: SearchIndex;

  constructor(
    readonly db: Database,
    readonly path: string,
    readonly clock: Clock,
  ) {
    this.dramas = new DramaRepository(db, clock);
    this.revisions = new RevisionRepository(db);
    this.reviews = new ReviewRepository(db, clock, this.revisions);
    this.pictures = new PictureStore(mediaDirFor(path));
    this.notes = new NoteRepository(db, clock);
    this.settings = new SettingsRepository(db);
    this.cast = new CastRepository(db);
    this.search = new SearchIndex(db);
  }

  get version(): number {
    return schemaVersion(this.db);
  }

  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(() => {
      const result = work();
      // Re-index what the work changed before it commits, so the index is never behind.
      this.search.syncPending();
      return result;
    })();
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
      copyPictures(mediaDirFor(this.path), mediaDirFor(target));
    } catch (error) {
      rmSync(partial, { force: true });
      throw error instanceof JournalError
        ? error
        : new JournalError('internal', `could not write the backup to ${target}: ${(error as Error).message}`);
    }
  }

  /**
   * Deletes pictures in the media folder that no review and no revision names
   * any more (a deleted drama's, one taken out of a review before it was kept
   * in a revision), once they are a day old. The app does this as it starts.
   */
  removeUnusedPictures(now: number = Date.now()): number {
    const inUse = new Set([...this.reviews.pictureFiles(), ...this.revisions.pictureFiles()]);
    return this.pictures.removeUnused(inUse, now - PICTURE_GRACE_MS);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** How old an unnamed picture must be before it is deleted: one being added is named by the next save. */
const PICTURE_GRACE_MS = 24 * 60 * 60 * 1000;

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
    refuseForeignDatabase(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  const journal = new Journal(db, file, options.clock ?? systemClock);
  try {
    // A migration (or a write from outside Dramalog) may have queued dramas for the search index.
    journal.search.syncPending();
  } catch (error) {
    journal.close();
    throw error;
  }
  return journal;
}

/**
 * Refuses a file that is not an SQLite database or was written by a newer
 * Dramalog, without writing anything. The version is read from the database
 * header: even a read-only SQLite connection would leave -wal and -shm files
 * next to a WAL journal. Only when a -wal file already exists (its commits may
 * not be in the header yet) is SQLite asked, read-only.
 */
function refuseIfUnreadable(file: string, binding: { nativeBinding?: string }): void {
  const header = readHeader(file);
  if (header.length < SQLITE_HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notAJournal(file, 'it is not an SQLite database');
  }
  let version = header.readInt32BE(USER_VERSION_OFFSET);
  if (existsSync(`${file}-wal`)) {
    try {
      const probe = openSqlite(file, { ...binding, readonly: true, fileMustExist: true });
      try {
        version = schemaVersion(probe);
      } finally {
        probe.close();
      }
    } catch (error) {
      throw notAJournal(file, (error as Error).message);
    }
  }
  if (version > LATEST_VERSION) throw tooNewError(file, version);
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER_SIZE);
    const read = readSync(fd, header, 0, SQLITE_HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function notAJournal(file: string, reason: string): JournalError {
  return new JournalError('invalid-input', `${file} is not a Dramalog journal: ${reason}`);
}

/** Version 0 with tables in it: some other program's database, which Dramalog must not change. */
function refuseForeignDatabase(db: Database, file: string): void {
  if (schemaVersion(db) !== 0) return;
  const objects = db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (objects > 0) throw notAJournal(file, 'it is an SQLite database from another program');
}

/**
 * Copies the journal's pictures beside a backup, so the backup opens with every
 * picture its reviews name. Pictures are named by their content and never change,
 * so one already there is the same picture and is skipped.
 */
function copyPictures(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const target = join(to, entry.name);
    if (!existsSync(target)) copyFileSync(join(from, entry.name), target);
  }
}
