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
  /** Permission denied: a file or folder (on this computer or a server) that may not be read or written. */
  'forbidden',
  /** A server refused the password, key or passphrase. */
  'auth-failed',
  /** A server's SSH host key (or TLS certificate) is not the one pinned at the first publish. */
  'host-key-changed',
  /** A server could not be reached: unknown name, refused, timed out, no network. */
  'unreachable',
  /** A connection dropped part-way; what had not reached the server is sent at the next publish. */
  'connection-lost',
  /** The user dismissed a dialog or stopped long work: not a failure, and nothing changed. */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal as data, the same in the core, across IPC and in the renderer. `message` is plain words,
 * shown as it is; a screen decides where to show it from `field` and `line`, never from the words.
 */
export interface CoreError {
  code: ErrorCode;
  message: string;
  /** The input field the problem is in, as the schema's path names it (`nativeTitle`, `aired.month`, `watch.status`). */
  field?: string;
  /** The line of a house-format text the problem is on (1 = the first). */
  line?: number;
  /**
   * Every problem, when a refusal has several (each missing field when publishing): each with its
   * own `field`, for a form to show beside its field; `message` and `field` are then the summary and the first.
   */
  problems?: CoreError[];
}

/** Where a refusal belongs, when it belongs to one field or one line. */
export interface ErrorPlace {
  field?: string;
  line?: number;
  problems?: CoreError[];
}

/** An error the user can act on: its message is shown as it is. */
export class JournalError extends Error {
  readonly field?: string;
  readonly line?: number;
  readonly problems?: CoreError[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    place: ErrorPlace = {},
  ) {
    super(message);
    this.name = 'JournalError';
    if (place.field !== undefined) this.field = place.field;
    if (place.line !== undefined) this.line = place.line;
    if (place.problems !== undefined) this.problems = place.problems;
  }

  /** The error as data, with only the places it has. */
  toData(): CoreError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field !== undefined && { field: this.field }),
      ...(this.line !== undefined && { line: this.line }),
      ...(this.problems !== undefined && { problems: this.problems }),
    };
  }
}

export const invalidInput = (message: string, place?: ErrorPlace) => new JournalError('invalid-input', message, place);
export const notFound = (message: string) => new JournalError('not-found', message);

/** What the user asked for is gone (deleted, maybe in another window): said in plain words, with no internal id. */
export const gone = (thing: 'drama' | 'note' | 'cast member' | 'list' | 'version', place?: ErrorPlace) =>
  new JournalError('not-found', `That ${thing} is not in your journal; it may have been deleted.`, place);

/** One refusal holding several problems: the message sums them up, `field` is the first's, `problems` lists each. */
export const invalidInputs = (summary: string, problems: CoreError[]) =>
  new JournalError('invalid-input', summary, { ...(problems[0]?.field !== undefined && { field: problems[0].field }), problems });
