import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { integrityProblems } from './db/integrity';
import {
  canWriteJournal,
  copyForReading,
  damagedRefusal,
  emptyFileRefusal,
  fileProblem,
  inspectJournalFile,
  missingFolderRefusal,
  noJournalThere,
  readOnlyRefusal,
  refuseForeignDatabase,
  refuseIfUnreadable,
} from './db/journal-file';
import { migrate, schemaVersion } from './db/migrate';
import { LATEST_VERSION } from './db/migrations';
import { openSqlite } from './db/sqlite';
import { renameDurably, syncFile, syncFolder } from './fs/durable';
import { DiaryRepository } from './diary/diary-repository';
import { DramaRepository } from './dramas/drama-repository';
import { JournalError } from './common/errors';
import { ListRepository } from './lists/list-repository';
import { NoteRepository } from './notes/note-repository';
import { mediaDirFor, PictureStore } from './pictures/picture-store';
import { PublishRepository } from './publish/publish-repository';
import { ReviewRepository } from './reviews/review-repository';
import { RevisionRepository } from './reviews/revision-repository';
import { CastRepository } from './cast/cast-repository';
import { CoverRepository } from './covers/cover-repository';
import { SearchIndex } from './search/search-index';
import { SettingsRepository } from './settings/settings-repository';
import { Trash } from './trash/trash';

export interface JournalOptions {
  clock?: Clock;
  /** better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
  /**
   * `write` (the default) may start a new journal and brings an older one to the latest
   * version. `read` never creates or changes the file: no journal there is refused, and
   * an older journal is read from an up-to-date copy.
   */
  access?: 'read' | 'write';
  /** A new journal may also make its missing folder: only Dramalog's own data folder, never a path the user typed. */
  createFolder?: boolean;
  /** Whether the file and its folder can be written (canWriteJournal); tests pass their own answer. */
  canWrite?: (file: string) => boolean;
}

/** How a journal was opened, beyond the database itself. */
interface JournalState {
  /** Why nothing may be written (damaged, read-only media, opened to read), or null. */
  writeRefusal?: JournalError | null;
  /** The journal was started by this opening. */
  created?: boolean;
  /** Removes the private copy a read-only journal is read from. */
  cleanup?: () => void;
}

/** An open journal: one SQLite file and the repositories over it. */
export class Journal {
  readonly dramas: DramaRepository;
  /** Every watch of every drama, and the day each episode was watched. */
  readonly diary: DiaryRepository;
  readonly reviews: ReviewRepository;
  readonly revisions: RevisionRepository;
  /** Pictures copied into the journal's media folder beside the database. */
  readonly pictures: PictureStore;
  readonly notes: NoteRepository;
  /** The user's own lists of dramas. */
  readonly lists: ListRepository;
  readonly settings: SettingsRepository;
  readonly cast: CastRepository;
  readonly search: SearchIndex;
  /** Which pictures in the media folder are each drama's cover. */
  readonly covers: CoverRepository;
  /** Where the site is published, and what was published to each place. */
  readonly publishing: PublishRepository;
  /** What was deleted in this session, kept in memory for Undo. */
  readonly trash = new Trash();

  /** Why nothing may be written to this journal (damaged, read-only media, opened to read), or null. */
  readonly writeRefusal: JournalError | null;
  /** The journal was started by this opening (a command says so). */
  readonly created: boolean;
  private readonly cleanup: () => void;

  constructor(
    readonly db: Database,
    readonly path: string,
    readonly clock: Clock,
    state: JournalState = {},
  ) {
    this.writeRefusal = state.writeRefusal ?? null;
    this.created = state.created ?? false;
    this.cleanup = state.cleanup ?? (() => {});
    this.diary = new DiaryRepository(db, clock);
    this.dramas = new DramaRepository(db, clock, this.diary);
    this.revisions = new RevisionRepository(db);
    this.reviews = new ReviewRepository(db, clock, this.revisions);
    this.pictures = new PictureStore(mediaDirFor(path));
    this.notes = new NoteRepository(db, clock);
    this.lists = new ListRepository(db, clock);
    this.settings = new SettingsRepository(db);
    this.cast = new CastRepository(db);
    this.search = new SearchIndex(db);
    this.covers = new CoverRepository(db, clock);
    this.publishing = new PublishRepository(db, clock);
  }

  get version(): number {
    return schemaVersion(this.db);
  }

  /** True when the journal failed SQLite's check as it was opened. */
  get damaged(): boolean {
    return this.writeRefusal?.code === 'journal-damaged';
  }

  /** Refuses, with the plain reason, a write to a journal that must not be written. */
  assertWritable(): void {
    if (this.writeRefusal) throw this.writeRefusal;
  }

  /** Runs `work`, which only reads, on one consistent view of the journal; allowed on any journal. */
  reading<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }

  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: () => T): T {
    this.assertWritable();
    return this.db.transaction(() => {
      const result = work();
      // Re-index what the work changed before it commits, so the index is never behind.
      this.search.syncPending();
      return result;
    })();
  }

  /**
   * Writes a consistent copy of the journal to `destination` with SQLite's online
   * backup, safe while the journal is in use. The journal is checked first (a damaged
   * one is not copied as if it were whole: recover it instead) and the copy after;
   * the copy appears whole and flushed to the disk, or not at all.
   */
  async backup(destination: string): Promise<void> {
    const target = resolve(destination);
    if (target === resolve(this.path)) throw new JournalError('invalid-input', 'the backup cannot overwrite the journal itself');
    if (existsSync(target) && statSync(target).isDirectory()) {
      throw new JournalError('invalid-input', `${target} is a folder; back up to a file in it, for example ${join(target, 'journal-backup.sqlite')}`);
    }
    if (this.damaged) throw this.writeRefusal!;
    const problems = integrityProblems(this.db);
    if (problems.length) throw damagedRefusal(this.path, problems);
    const partial = `${target}.partial-${process.pid}`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      await this.db.backup(partial);
      checkCopy(partial, target);
      renameDurably(partial, target);
      copyPictures(mediaDirFor(this.path), mediaDirFor(target));
    } catch (error) {
      rmSync(partial, { force: true });
      if (error instanceof JournalError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code) throw fileProblem(target, error as NodeJS.ErrnoException);
      throw new JournalError('internal', `could not write the backup to ${target}: ${(error as Error).message}`);
    }
  }

  /**
   * Deletes pictures in the media folder that no review, no revision and no cover names
   * any more (a deleted drama's, one taken out of a review before it was kept
   * in a revision), once they are a day old. The app does this as it starts.
   */
  removeUnusedPictures(now: number = Date.now()): number {
    if (this.writeRefusal) return 0;
    const inUse = new Set([...this.reviews.pictureFiles(), ...this.revisions.pictureFiles(), ...this.covers.files()]);
    return this.pictures.removeUnused(inUse, now - PICTURE_GRACE_MS);
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.cleanup();
  }
}

/** How old an unnamed picture must be before it is deleted: one being added is named by the next save. */
const PICTURE_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Opens the journal at `path`, checked with SQLite's quick_check, and brings it to the
 * latest version. Refused, before anything is written and with a message saying what
 * to do: a folder, a file that is not a journal, one from a newer Dramalog, and (to
 * read) a missing or empty file. A damaged journal, or one on read-only media, is
 * opened for reading only, from a private copy: its file is never written. A new
 * journal is started only in a folder that exists (see `createFolder`).
 */
export function openJournal(path: string, options: JournalOptions = {}): Journal {
  const file = resolve(path);
  const access = options.access ?? 'write';
  const binding = { nativeBinding: options.nativeBinding };
  const state = inspectJournalFile(file);
  if (state !== 'file') {
    if (access === 'read') throw noJournalThere(file, state);
    if (state === 'empty') throw emptyFileRefusal(file);
    return startJournal(file, options);
  }
  refuseIfUnreadable(file, binding);
  if (!(options.canWrite ?? canWriteJournal)(file)) return openCopy(file, options, readOnlyRefusal(file));
  let db: Database;
  try {
    db = openSqlite(file, { ...binding, fileMustExist: true });
  } catch (error) {
    throw journalFailure(file, error);
  }
  try {
    refuseForeignDatabase(db, file);
    // Checked before any write: a damaged journal is never written, not even by a migration.
    const problems = integrityProblems(db);
    if (problems.length) {
      db.close();
      return openCopy(file, options, damagedRefusal(file, problems));
    }
    if (access === 'read' && schemaVersion(db) < LATEST_VERSION) {
      db.close();
      return openCopy(file, options, readingOnly(file));
    }
    configure(db);
    migrate(db, file);
  } catch (error) {
    if (db.open) db.close();
    // A page too damaged for even the first reads (the schema's) is refused in plain words.
    throw error instanceof JournalError ? error : (sqliteProblem(file, error) ?? error);
  }
  return withSearchSynced(new Journal(db, file, options.clock ?? systemClock, access === 'read' ? { writeRefusal: readingOnly(file) } : {}));
}

/** Starts a new journal at `file`, in a folder that exists; a failed start leaves no file behind. */
function startJournal(file: string, options: JournalOptions): Journal {
  const folder = dirname(file);
  if (!existsSync(folder)) {
    if (!options.createFolder) throw missingFolderRefusal(file);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw fileProblem(folder, error as NodeJS.ErrnoException);
    }
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new JournalError(
      'journal-read-only',
      `There is no journal at ${file}, and its folder ${folder} cannot be written to (read-only media, or no permission), so none can be started there. Choose a folder you can write to.`,
    );
  }
  let db: Database;
  try {
    db = openSqlite(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw journalFailure(file, error);
  }
  try {
    configure(db);
    migrate(db, file);
    syncFolder(folder);
  } catch (error) {
    db.close();
    for (const made of [file, `${file}-wal`, `${file}-shm`]) rmSync(made, { force: true });
    throw isReadOnlyError(error) ? readOnlyRefusal(file) : error;
  }
  return withSearchSynced(new Journal(db, file, options.clock ?? systemClock, { created: true }));
}

/**
 * Opens a private copy of the journal, for a journal that must not be written
 * (`refusal` says why): SQLite's own files are made beside the copy. A copy that
 * turns out damaged says so instead; one from an older Dramalog is brought up to date.
 */
function openCopy(file: string, options: JournalOptions, refusal: JournalError): Journal {
  const copy = copyForReading(file);
  try {
    const db = openSqlite(copy.file, { nativeBinding: options.nativeBinding, fileMustExist: true });
    let writeRefusal = refusal;
    try {
      if (refusal.code !== 'journal-damaged') {
        const problems = integrityProblems(db);
        if (problems.length) writeRefusal = damagedRefusal(file, problems);
      }
      configure(db);
      if (writeRefusal.code !== 'journal-damaged') migrate(db, file);
    } catch (error) {
      db.close();
      throw error;
    }
    const journal = new Journal(db, file, options.clock ?? systemClock, { writeRefusal, cleanup: copy.remove });
    return writeRefusal.code === 'journal-damaged' ? journal : withSearchSynced(journal);
  } catch (error) {
    copy.remove();
    throw journalFailure(file, error);
  }
}

/**
 * The journal's connection settings. WAL with synchronous=FULL: a commit is on the disk
 * when the save is reported (NORMAL, better-sqlite3's default in WAL, may lose the last
 * commits to a power cut).
 */
function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function withSearchSynced(journal: Journal): Journal {
  try {
    // A migration (or a write from outside Dramalog) may have queued dramas for the search index.
    journal.search.syncPending();
  } catch (error) {
    journal.close();
    throw error;
  }
  return journal;
}

function readingOnly(file: string): JournalError {
  return new JournalError('forbidden', `${file} was opened for reading only`);
}

function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code === 'EROFS');
}

/**
 * What SQLite's error (damaged, not a database, read-only, cannot open) means for the
 * journal at `file`, in plain words; null for any other error. Used for errors met
 * while the journal is in use, where a system error may be about another file.
 */
export function sqliteProblem(file: string, error: unknown): JournalError | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_NOTADB') {
    return new JournalError('journal-unreadable', `${file} is not a Dramalog journal: it is not an SQLite database. Choose the journal file (journal.sqlite), or another path.`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) return damagedRefusal(file, [(error as Error).message]);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyRefusal(file);
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new JournalError('journal-unreadable', `${file} cannot be opened: SQLite could not open it or make its files beside it. Check the path and its folder's permissions, or choose another file.`);
  }
  return null;
}

/** An error met opening the journal at `file`, in plain words; a JournalError passes through. */
function journalFailure(file: string, error: unknown): JournalError {
  if (error instanceof JournalError) return error;
  const known = sqliteProblem(file, error);
  if (known) return known;
  if (String((error as { code?: unknown })?.code ?? '').startsWith('E')) return fileProblem(file, error as NodeJS.ErrnoException);
  return new JournalError('internal', `${file} could not be opened: ${(error as Error)?.message ?? String(error)}`);
}

/** The backup's copy must pass the same check before it takes the destination's name. */
function checkCopy(partial: string, target: string): void {
  syncFile(partial);
  const copy = openSqlite(partial, { fileMustExist: true });
  let problems: string[];
  try {
    problems = integrityProblems(copy);
  } finally {
    copy.close();
  }
  if (problems.length) {
    throw new JournalError('internal', `the backup to ${target} failed its check (${problems[0]}), so it was not kept. Your journal is unchanged; try again, or back up to another disk.`);
  }
}

/**
 * Copies the journal's pictures beside a backup, so the backup opens with every
 * picture its reviews name. Pictures are named by their content and never change,
 * so one already there is the same picture and is skipped. Each is flushed to the
 * disk, then the folder.
 */
function copyPictures(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const target = join(to, entry.name);
    if (existsSync(target)) continue;
    const partial = join(to, `.${entry.name}.partial-${process.pid}`);
    copyFileSync(join(from, entry.name), partial);
    syncFile(partial);
    renameSync(partial, target);
    copied += 1;
  }
  if (copied) syncFolder(to);
}
