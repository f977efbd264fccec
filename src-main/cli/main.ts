import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JournalError } from '../core/common/errors';
import { openJournal, sqliteProblem, type Journal } from '../core/journal';
import { JOURNAL_ENV, resolveJournalPath } from '../core/journal-location';
import { parseCommandArgs, splitCommand } from './args';
import type { CommandContext } from './commands/command';
import { COMMANDS } from './commands';
import { commandHelp, overallHelp, usageHint } from './help';
import { EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, UsageError, type CliIo } from './io';

export type { CliIo } from './io';

/**
 * Runs one `dramalog` command line (without the `node bin/dramalog.js` part)
 * and answers the exit code: 0 done, 1 refused input or journal, 2 usage error.
 * Everything it prints goes through `io`, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const problem = (line: string) => io.stderr.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  try {
    const { command: name, rest, help } = splitCommand(argv);
    if (name === undefined || name === 'help') {
      const about = name === 'help' ? splitCommand(rest).command : undefined;
      if (name === undefined && !help) throw new UsageError('dramalog needs a command');
      return showHelp(about, rest, io);
    }
    const command = commandNamed(name);
    const args = parseCommandArgs(name, rest, command.options, command.positionals);
    const journalPath = resolveJournalPath({ flag: args.values.db as string | undefined, env: io.env, cwd: io.cwd });
    if (args.help) {
      io.stdout.write(commandHelp(command, journalPath));
      return EXIT_OK;
    }
    await command.run(createContext(args.values, args.positionals, io, journalPath));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      problem(`${error.message}. ${usageHint(error.command)}.`);
      return EXIT_USAGE;
    }
    if (error instanceof JournalError) {
      problem(error.message);
      return EXIT_USER_ERROR;
    }
    problem(`something went wrong: ${(error as Error)?.message ?? String(error)}`);
    return EXIT_USER_ERROR;
  }
}

function showHelp(about: string | undefined, rest: readonly string[], io: CliIo): number {
  const db = rest.indexOf('--db');
  const flag = db >= 0 ? rest[db + 1] : rest.find((word) => word.startsWith('--db='))?.slice('--db='.length);
  const journalPath = resolveJournalPath({ flag, env: io.env, cwd: io.cwd });
  if (about === undefined) {
    io.stdout.write(overallHelp(COMMANDS.values(), journalPath));
    return EXIT_OK;
  }
  io.stdout.write(commandHelp(commandNamed(about), journalPath));
  return EXIT_OK;
}

function commandNamed(name: string) {
  const command = COMMANDS.get(name);
  if (!command) throw new UsageError(`unknown command '${name}' (commands: ${[...COMMANDS.keys()].join(', ')})`);
  return command;
}

function createContext(
  values: CommandContext['values'],
  positionals: string[],
  io: CliIo,
  journalPath: string,
): CommandContext {
  // Only Dramalog's own data folder is made for a new journal; a folder in a typed path must exist.
  const ownFolder = journalPath === resolveJournalPath({ env: { ...io.env, [JOURNAL_ENV]: undefined }, cwd: io.cwd });
  const using = async <T>(journal: Journal, work: (journal: Journal) => T | Promise<T>): Promise<T> => {
    try {
      return await work(journal);
    } catch (error) {
      // A read that meets a damaged page, a write SQLite refuses: said in plain words.
      throw sqliteProblem(journalPath, error) ?? error;
    } finally {
      journal.close();
    }
  };
  const withJournal = async <T>(work: (journal: Journal) => T | Promise<T>): Promise<T> => {
    const journal = openJournal(journalPath, { createFolder: ownFolder });
    if (journal.created) io.stderr.write(`Created a new journal at ${journalPath}\n`);
    if (journal.writeRefusal) {
      journal.close();
      throw journal.writeRefusal;
    }
    return using(journal, work);
  };
  const readJournal = async <T>(work: (journal: Journal) => T | Promise<T>, whenMissing?: () => T): Promise<T> => {
    let journal: Journal;
    try {
      journal = openJournal(journalPath, { access: 'read' });
    } catch (error) {
      if (whenMissing && error instanceof JournalError && error.code === 'journal-missing') return whenMissing();
      throw error;
    }
    if (journal.damaged) io.stderr.write(`Warning: ${journal.writeRefusal!.message}\n`);
    return using(journal, work);
  };
  const changeJournal = async <T>(work: (journal: Journal) => T | Promise<T>, whenMissing: () => T): Promise<T> =>
    existsSync(journalPath) ? withJournal(work) : whenMissing();
  const print = (text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  let shownProgress = false;
  const progress = (line: string | null) => {
    if (!io.stderr.isTTY) return;
    // \r and "erase to the end of the line": the line is rewritten in place, and cleared at the end.
    io.stderr.write(line === null ? (shownProgress ? '\r\x1b[K' : '') : `\r\x1b[K${line}`);
    shownProgress = line !== null;
  };
  return {
    values,
    positionals,
    journalPath,
    env: io.env,
    progress,
    resolvePath: (path) => resolve(io.cwd ?? process.cwd(), path),
    withJournal,
    readJournal,
    changeJournal,
    print,
    printJson: (value) => print(JSON.stringify(value, null, 2)),
  };
}
