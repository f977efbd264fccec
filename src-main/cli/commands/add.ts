import type { DramaCreateInput } from '../../core/common/model';
import { WATCH_STATUSES } from '../../core/common/model';
import { yearMonthText } from '../../core/common/validation/fields';
import { parseInput } from '../../core/common/validation/parse';
import { dramaCreateSchema } from '../../core/common/validation/schemas';
import { createDrama } from '../../core/dramas/channels';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import type { Command } from './command';
import { numberOrText } from './values';

export const addCommand: Command = {
  name: 'add',
  summary: "Add a drama to the journal and print its id",
  synopsis:
    '--title T --native-title K --platform P [--platform P2…] --aired YYYY-MM --episodes N --genre G [--genre G2…] [--status STATUS]',
  description:
    'Prints just the number. Nothing is written if any field is refused.\n' +
    `STATUS is one of ${WATCH_STATUSES.join(', ')} (default plan-to-watch).`,
  positionals: [],
  options: {
    title: { type: 'string', valueName: 'T', description: 'English title' },
    'native-title': { type: 'string', valueName: 'K', description: 'Korean title' },
    platform: { type: 'string', multiple: true, valueName: 'P', description: 'Platform or network; repeat for several, in order' },
    aired: { type: 'string', valueName: 'YYYY-MM', description: 'First air month' },
    episodes: { type: 'string', valueName: 'N', description: 'Episode count, 1 to 999' },
    genre: { type: 'string', multiple: true, valueName: 'G', description: 'Genre; repeat for several, in order' },
    status: { type: 'string', valueName: 'STATUS', description: 'Watch status (default plan-to-watch)' },
  },
  async run({ values, withJournal, print }) {
    const str = (name: string) => values[name] as string | undefined;
    const raw = {
      title: str('title'),
      nativeTitle: str('native-title'),
      platforms: values.platform,
      aired: str('aired') === undefined ? undefined : parseInput(yearMonthText('aired'), str('aired')),
      episodes: numberOrText(str('episodes')),
      genres: values.genre,
      ...(str('status') === undefined ? {} : { watch: { status: str('status') } }),
    };
    // Checked before the journal is opened, so a refused drama does not even create the file.
    const input: DramaCreateInput = parseInput(dramaCreateSchema, raw);
    // The same declared function as the app's, so validation and the transaction are the same too.
    const drama = await withJournal((journal) => runDeclared(createDrama, input, headlessContext(journal)));
    print(String(drama.id));
  },
};
