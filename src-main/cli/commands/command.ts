import type { Journal } from '../../core/journal';
import type { OptionSpecs, OptionValue, PositionalSpec } from '../args';

export interface CommandContext {
  values: Record<string, OptionValue>;
  positionals: string[];
  /** The journal this run works on, after --db, DRAMALOG_DB and the default. */
  journalPath: string;
  /** A path from the command line, absolute, taken from the working directory when relative. */
  resolvePath(path: string): string;
  /** Opens the journal (creating it if it is new), runs `work`, and closes it again. */
  withJournal<T>(work: (journal: Journal) => T | Promise<T>): Promise<T>;
  /** Like withJournal, but a journal that does not exist yet is not created: `whenMissing` answers instead. */
  readJournal<T>(work: (journal: Journal) => T | Promise<T>, whenMissing: () => T): Promise<T>;
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
