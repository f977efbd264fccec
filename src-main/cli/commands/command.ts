import type { Journal } from '../../core/journal';
import type { OptionSpecs, OptionValue, PositionalSpec } from '../args';

export interface CommandContext {
  values: Record<string, OptionValue>;
  positionals: string[];
  /** The journal this run works on, after --db, DRAMALOG_DB and the default. */
  journalPath: string;
  /** A path from the command line, absolute, taken from the working directory when relative. */
  resolvePath(path: string): string;
  /**
   * Opens the journal to write to it, runs `work`, and closes it again. A new journal
   * is started (and said so on stderr) only in a folder that exists; one that must not
   * be written (damaged, read-only) is refused before `work` runs.
   */
  withJournal<T>(work: (journal: Journal) => T | Promise<T>): Promise<T>;
  /**
   * Opens the journal only to read it: nothing is created or changed. No journal at the
   * path is refused, unless `whenMissing` answers instead. A damaged journal is read as
   * far as it can be, with a warning on stderr.
   */
  readJournal<T>(work: (journal: Journal) => T | Promise<T>, whenMissing?: () => T): Promise<T>;
  /**
   * Opens a journal that exists to change it, like `withJournal`; where there is none yet
   * it answers `whenMissing` instead of starting one (there is nothing to change in it).
   */
  changeJournal<T>(work: (journal: Journal) => T | Promise<T>, whenMissing: () => T): Promise<T>;
  /** The environment the command runs in (a publish password is taken from it). */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Shows how far long work has got on one line of stderr, rewritten in place where stderr is a
   * terminal; `null` clears it. Nothing is shown where stderr is a file or a pipe.
   */
  progress(line: string | null): void;
  /** Writes to stdout, ending with exactly one newline. */
  print(text: string): void;
  printJson(value: unknown): void;
}

/**
 * One `dramalog` command. Each lives in its own file and is listed in
 * `commands/index.ts`. It turns arguments into core calls and prints results;
 * the rules live in the core. Problems are thrown: JournalError → exit 1,
 * UsageError → exit 2.
 */
export interface Command {
  name: string;
  /** One line for the overall help. */
  summary: string;
  /** The synopsis after `dramalog <name>`, e.g. `ID [--json]`. */
  synopsis: string;
  /** A few lines under the synopsis in the command's help. */
  description?: string;
  positionals: PositionalSpec[];
  options: OptionSpecs;
  run(context: CommandContext): void | Promise<void>;
}
