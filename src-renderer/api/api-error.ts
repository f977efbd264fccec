import type { CoreError, ErrorCode } from '@common/errors';

/**
 * A failed call to the journal, carrying the core's error as it came: `message` is written for
 * the user and shown as it is; `field` and `line` say where it belongs, for a form or an import to
 * show it there. Nothing reads the message to decide anything.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly line?: number;
  /** Each problem, when the core refused several at once (a field missing for publishing each). */
  readonly problems?: CoreError[];

  constructor(error: CoreError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    if (error.field !== undefined) this.field = error.field;
    if (error.line !== undefined) this.line = error.line;
    if (error.problems !== undefined) this.problems = error.problems;
  }
}

/** The user dismissed a dialog or stopped the work: nothing to report, nothing changed. */
export function isCancelled(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'cancelled';
}

/** The user-facing text of anything a store caught. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}
