/**
 * What is at a journal's path, found without writing anything, and the refusals
 * for what cannot be opened there. Each refusal says what is wrong and what to do.
 */
import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Database } from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { JournalError } from '../common/errors';
import { LATEST_VERSION } from './migrations';
import { schemaVersion, tooNewError } from './migrate';
import { openSqlite, type SqliteOptions } from './sqlite';

/** `missing`: no file; `empty`: a file of zero bytes (what a failed first start or `touch` leaves); `file`: something to open. */
export type JournalFileState = 'missing' | 'empty' | 'file';

export function inspectJournalFile(file: string): JournalFileState {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      throw new JournalError('journal-unreadable', `${file} is a folder, not a journal file. Give the journal file itself, for example ${join(file, 'journal.sqlite')}.`);
    }
    if (!stat.isFile()) throw new JournalError('journal-unreadable', `${file} is not a regular file, so it cannot be a journal. Choose another path.`);
    return stat.size === 0 ? 'empty' : 'file';
  } catch (error) {
    if (error instanceof JournalError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    throw fileProblem(file, error as NodeJS.ErrnoException);
  }
}

/** A refusal for an operating-system error met at `file`, in plain words. */
export function fileProblem(file: string, error: NodeJS.ErrnoException): JournalError {
  switch (error.code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return new JournalError('journal-unreadable', `${file} cannot be a journal: part of that path is a file, not a folder. Choose another path.`);
    case 'EACCES':
    case 'EPERM':
      return new JournalError('journal-unreadable', `${file} cannot be opened: you do not have permission to read it or its folder. Check the permissions, or choose another file.`);
    case 'EROFS':
      return readOnlyRefusal(file);
    default:
      return new JournalError('journal-unreadable', `${file} cannot be opened (${error.code ?? error.message}). Check the path, or choose another file.`);
  }
}

/** Read-only commands on a path with no journal. */
export function noJournalThere(file: string, state: Exclude<JournalFileState, 'file'>): JournalError {
  return new JournalError(
    'journal-missing',
    state === 'empty'
      ? `There is no journal at ${file}: the file is empty. Check the path; a command that saves (such as add) starts a journal there once the empty file is deleted.`
      : `There is no journal at ${file}. Check the path; a command that saves (such as add) starts a new journal there.`,
  );
}

/** A write asked for a new journal where an empty file already is: Dramalog does not adopt a file it did not write. */
export function emptyFileRefusal(file: string): JournalError {
  return new JournalError('journal-unreadable', `${file} is an empty file, not a journal. Delete it to start a new journal there, or choose another file.`);
}

export function missingFolderRefusal(file: string): JournalError {
  return new JournalError(
    'journal-missing',
    `There is no journal at ${file}, and no folder ${dirname(file)} to start one in. Check the path, or create the folder first.`,
  );
}

export function readOnlyRefusal(file: string): JournalError {
  return new JournalError(
    'journal-read-only',
    `${file} is read-only (on read-only media, or in a folder Dramalog cannot write to), so it was opened for reading only and nothing can be saved. ` +
      'Copy it to a folder you can write to and open it there.',
  );
}

export function damagedRefusal(file: string, problems: readonly string[]): JournalError {
  const found = problems.slice(0, 3).join('; ');
  return new JournalError(
    'journal-damaged',
    `${file} is damaged (SQLite's check found: ${found}${problems.length > 3 ? '; …' : ''}). Dramalog opened it for reading only and will not write to it. ` +
      'Recover what can still be read into a new file (dramalog recover --out FILE), and keep the damaged file as it is.',
  );
}

function notAJournal(file: string, reason: string): JournalError {
  return new JournalError('journal-unreadable', `${file} is not a Dramalog journal: ${reason}. Choose the journal file (journal.sqlite), or another path.`);
}

/**
 * True when Dramalog may write the journal file and make its `-wal` and `-shm`
 * files beside it. Root passes permission checks whatever the mode bits say, so a
 * read-only mount (EROFS) is what stops it; tests inject their own answer.
 */
export function canWriteJournal(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a file that is not an SQLite database or was written by a newer
 * Dramalog, without writing anything. The version is read from the database
 * header: even a read-only SQLite connection leaves -wal and -shm files next to a
 * WAL journal. Only when a -wal file exists (its commits may not be in the header
 * yet) is SQLite asked, read-only, in place when the -shm is there too (nothing new
 * is made) and otherwise on a copy.
 */
export function refuseIfUnreadable(file: string, binding: Pick<SqliteOptions, 'nativeBinding'>): void {
  const header = readHeader(file);
  if (header.length < SQLITE_HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notAJournal(file, 'it is not an SQLite database');
  }
  let version = header.readInt32BE(USER_VERSION_OFFSET);
  if (existsSync(`${file}-wal`)) {
    const inPlace = existsSync(`${file}-shm`);
    const copy = inPlace ? null : copyForReading(file);
    try {
      const probe = openSqlite(copy?.file ?? file, { ...binding, readonly: inPlace, fileMustExist: true });
      try {
        version = schemaVersion(probe);
      } finally {
        probe.close();
      }
    } catch (error) {
      throw notAJournal(file, (error as Error).message);
    } finally {
      copy?.remove();
    }
  }
  if (version > LATEST_VERSION) throw tooNewError(file, version);
}

/** Version 0 with tables in it: some other program's database, which Dramalog must not change. */
export function refuseForeignDatabase(db: Database, file: string): void {
  if (schemaVersion(db) !== 0) return;
  const objects = db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (objects > 0) throw notAJournal(file, 'it is an SQLite database from another program');
}

/**
 * A private copy of the journal (and its -wal) in a temporary folder, for reading a
 * journal that must not be written or cannot be: SQLite makes its -wal and -shm files
 * beside the copy, never beside the journal.
 */
export function copyForReading(file: string): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-reading-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, 'journal.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { file: copy, remove };
  } catch (error) {
    remove();
    throw fileProblem(file, error as NodeJS.ErrnoException);
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;

function readHeader(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw fileProblem(file, error as NodeJS.ErrnoException);
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER_SIZE);
    const read = readSync(fd, header, 0, SQLITE_HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
