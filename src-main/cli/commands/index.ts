import { addCommand } from './add';
import { backupCommand } from './backup';
import type { Command } from './command';
import { dumpCommand } from './dump';
import { exportSiteCommand } from './export-site';
import { importCsvCommand } from './import-csv';
import { importReviewCommand } from './import-review';
import { listCommand } from './list';
import { loadCommand } from './load';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statsCommand } from './stats';

/** Every command, in the order the help lists them. A new command is a new file plus one line here. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [addCommand, listCommand, showCommand, searchCommand, statsCommand, backupCommand, dumpCommand, loadCommand, importCsvCommand, importReviewCommand, exportSiteCommand, serveCommand].map((command) => [command.name, command]),
);
