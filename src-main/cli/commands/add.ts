import type { DramaCreateInput } from '../../core/common/model';
import { WATCH_STATUSES } from '../../core/common/model';
import { parseInput } from '../../core/common/validation/parse';
import { dramaCreateSchemaNamed } from '../../core/common/validation/schemas';
import { createDrama } from '../../core/dramas/channels';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import type { Command } from './command';
import { DRAMA_FIELD_OPTIONS, dramaFieldsFrom } from './drama-options';
import { fieldLabels } from './field-labels';

export const addCommand: Command = {
  name: 'add',
  summary: "Add a drama to the journal and print its id",
  synopsis:
    '--title T [--native-title K] [--platform P…] [--aired YYYY-MM] [--episodes N] [--genre G…] ' +
    '[--status STATUS] [--episode-minutes N]',
  description:
    'Prints just the number. Nothing is written if any field is refused.\n' +
    'Only --title is needed; the rest may be added later with edit, and are needed to publish a review.\n' +
    `STATUS is one of ${WATCH_STATUSES.join(', ')} (default plan-to-watch).`,
  positionals: [],
  options: {
    ...DRAMA_FIELD_OPTIONS,
    status: { type: 'string', valueName: 'STATUS', description: 'Watch status (default plan-to-watch)', field: 'watch.status' },
  },
  async run({ values, withJournal, print }) {
    const label = fieldLabels(addCommand);
    const status = values.status as string | undefined;
    const raw = { ...dramaFieldsFrom(values, label), ...(status === undefined ? {} : { watch: { status } }) };
    // Checked before the journal is opened, so a refused drama does not even create the file.
    const input: DramaCreateInput = parseInput(dramaCreateSchemaNamed(label), raw, label);
    // The same declared function as the app's, so validation and the transaction are the same too.
    const drama = await withJournal((journal) => runDeclared(createDrama, input, headlessContext(journal)));
    print(String(drama.id));
  },
};
