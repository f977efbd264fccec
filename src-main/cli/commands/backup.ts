import { notFound } from '../../core/common/errors';
import { UsageError } from '../io';
import type { Command } from './command';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a consistent copy of the journal to a file, safe while the app is using it',
  synopsis: '--out FILE',
  description: "Uses SQLite's online backup. The copy appears whole or not at all; an existing FILE is replaced.",
  positionals: [],
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'Where to write the copy' },
  },
  async run({ values, resolvePath, readJournal, print, journalPath }) {
    const out = values.out as string | undefined;
    if (out === undefined) throw new UsageError('backup needs --out FILE', 'backup');
    const destination = resolvePath(out);
    await readJournal(
      (journal) => journal.backup(destination),
      () => {
        throw notFound(`there is no journal at ${journalPath} to back up`);
      },
    );
    print(`Backed up ${journalPath} to ${destination}`);
  },
};
