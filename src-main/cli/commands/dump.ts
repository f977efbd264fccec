import { notFound } from '../../core/common/errors';
import { dump } from '../../core/transfer/dump';
import { UsageError } from '../io';
import type { Command } from './command';

export const dumpCommand: Command = {
  name: 'dump',
  summary: 'Write the whole journal to one JSON file (restore it with load)',
  synopsis: '--out FILE.json',
  description:
    "Each drama as `show --json` prints it, plus settings, times, episode length and cast: everything load needs to rebuild the journal. " +
    'The same journal always gives the same file. An existing FILE is replaced, whole or not at all.',
  positionals: [],
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'Where to write the JSON' },
  },
  async run({ values, resolvePath, readJournal, print, journalPath }) {
    const out = values.out as string | undefined;
    if (out === undefined) throw new UsageError('dump needs --out FILE.json', 'dump');
    const target = resolvePath(out);
    const result = await readJournal(
      (journal) => dump(journal, target),
      () => {
        throw notFound(`there is no journal at ${journalPath} to dump`);
      },
    );
    print(`Dumped ${result.dramas} drama${result.dramas === 1 ? '' : 's'} from ${journalPath} to ${result.file}`);
  },
};
