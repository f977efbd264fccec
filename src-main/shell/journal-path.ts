import { resolveJournalPath } from '../core/journal-location';

export interface JournalPathSources {
  /** The process's command line; `--db PATH` or `--db=PATH` may appear anywhere in it. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's userData folder, where the journal lives unless told otherwise. */
  userDataDir: string;
  /** Relative paths given by the user are taken from here. */
  cwd: string;
}

/** A command line the app cannot act on, e.g. `--db` with nothing after it. */
export class JournalPathError extends Error {
  override name = 'JournalPathError';
}

/**
 * Where the app's journal lives: `--db PATH` wins, then the DRAMALOG_DB environment
 * variable, then journal.sqlite in the userData folder (the same rule as the CLI's,
 * from the core's resolveJournalPath).
 */
export function chooseJournalPath(sources: JournalPathSources): string {
  return resolveJournalPath({ flag: dbArgument(sources.argv), env: sources.env, cwd: sources.cwd, userDataDir: sources.userDataDir });
}

/** The value of the last `--db` on the command line, if any. */
export function dbArgument(argv: readonly string[]): string | undefined {
  const usage = 'needs a path to the journal file, e.g. --db /path/to/journal.sqlite';
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--') || !value.trim()) throw new JournalPathError(`--db ${usage}`);
      found = value;
      i++;
    } else if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (!value.trim()) throw new JournalPathError(`--db ${usage}`);
      found = value;
    }
  }
  return found;
}
