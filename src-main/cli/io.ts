/** Where the CLI reads its surroundings and writes its output; tests pass fakes. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (--db, --out) are taken from here; defaults to process.cwd(). */
  cwd?: string;
}

export const EXIT_OK = 0;
/** The input or the journal was refused; the message says which field and why. */
export const EXIT_USER_ERROR = 1;
/** The command line itself could not be understood. */
export const EXIT_USAGE = 2;

/** A command line the CLI cannot act on: unknown command or option, a missing value. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose help the hint points to; none for the overall help. */
    readonly command?: string,
  ) {
    super(message);
  }
}
