export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'journal-too-new',
  /** No journal at the path: no file, an empty file, or no folder to make one in. */
  'journal-missing',
  /** The path holds something that is not a journal Dramalog can open: a folder, another file, an unreadable file. */
  'journal-unreadable',
  /** The journal failed SQLite's check: it is open for reading only, and can be recovered into a new file. */
  'journal-damaged',
  /** The journal is on read-only media or in a folder that cannot be written: open for reading only. */
  'journal-read-only',
  'forbidden',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error the user can act on: its message is shown as it is. */
export class JournalError extends Error {
  /** The input field that was refused, when one was (`title`, `members.0.actor`). */
  field?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'JournalError';
  }
}

export const invalidInput = (message: string) => new JournalError('invalid-input', message);
export const notFound = (message: string) => new JournalError('not-found', message);
