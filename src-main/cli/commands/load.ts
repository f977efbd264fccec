import { JournalError } from '../../core/common/errors';
import { readDumpFile, restoreDump } from '../../core/transfer/load';
import type { Command } from './command';

export const loadCommand: Command = {
  name: 'load',
  summary: 'Restore a JSON file written by dump into a new, empty journal',
  synopsis: 'FILE.json',
  description:
    'Every record is checked first; a problem refuses the whole file, naming the record, the field and the reason. ' +
    'A journal that already holds dramas is refused: use --db to name a new journal file.',
  positionals: [{ name: 'FILE.json', description: 'A file written by dramalog dump' }],
  options: {},
  async run({ positionals, resolvePath, withJournal, print, journalPath }) {
    const file = resolvePath(positionals[0]);
    // Checked before the journal is opened, so a bad file never leaves a new empty journal behind.
    const checked = await readDumpFile(file);
    const result = await withJournal((journal) => {
      try {
        return restoreDump(journal, checked);
      } catch (error) {
        // On the command line, the way out is another journal file.
        if (error instanceof JournalError && error.code === 'conflict') throw new JournalError('conflict', `${error.message} Load it into a new journal with --db NEW-FILE.sqlite.`);
        throw error;
      }
    });
    print(`Loaded ${result.dramas} drama${result.dramas === 1 ? '' : 's'} from ${file} into ${journalPath}`);
  },
};
