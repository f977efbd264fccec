export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'journal-too-new',
  'forbidden',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error the user can act on: its message is shown as it is. */
export class JournalError extends Error {
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
