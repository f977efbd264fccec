import { addCommand } from './add';
import { backupCommand } from './backup';
import { coverCommand } from './cover';
import { deleteNoteCommand } from './delete-note';
import { diaryCommand } from './diary';
import type { Command } from './command';
import { dumpCommand } from './dump';
import { editCommand } from './edit';
import { episodeCommand } from './episode';
import { exportSiteCommand } from './export-site';
import { importCsvCommand } from './import-csv';
import { importReviewCommand } from './import-review';
import { listCommand } from './list';
import { loadCommand } from './load';
import { noteCommand } from './note';
import { notesCommand } from './notes';
import { publishCommand } from './publish';
import { recoverCommand } from './recover';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statsCommand } from './stats';
import { watchCommand } from './watch';
import { watchedCommand } from './watched';

/** Every command, in the order the help lists them. A new command is a new file plus one line here. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [addCommand, editCommand, watchCommand, watchedCommand, diaryCommand, episodeCommand, noteCommand, notesCommand, deleteNoteCommand, coverCommand, listCommand, showCommand, searchCommand, statsCommand, backupCommand, recoverCommand, dumpCommand, loadCommand, importCsvCommand, importReviewCommand, exportSiteCommand, publishCommand, serveCommand].map((command) => [command.name, command]),
);
