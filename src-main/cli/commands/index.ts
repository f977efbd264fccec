import { addCommand } from './add';
import { backupCommand } from './backup';
import type { Command } from './command';
import { listCommand } from './list';
import { showCommand } from './show';

/** Every command, in the order the help lists them. A new command is a new file plus one line here. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [addCommand, listCommand, showCommand, backupCommand].map((command) => [command.name, command]),
);
