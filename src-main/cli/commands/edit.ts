import { parseInput } from '../../core/common/validation/parse';
import { dramaUpdateSchemaNamed } from '../../core/common/validation/schemas';
import { UsageError } from '../io';
import type { Command } from './command';
import { DRAMA_FIELD_OPTIONS, dramaFieldsFrom } from './drama-options';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';

export const editCommand: Command = {
  name: 'edit',
  summary: "Change a drama's details: titles, platforms, air month, episodes, genres, episode length",
  synopsis:
    'ID [--title T] [--native-title K] [--platform P…] [--aired YYYY-MM] [--episodes N] [--genre G…] [--episode-minutes N]',
  description:
    'Changes only what is given; --platform and --genre replace the whole list. Nothing is written if any value is refused.\n' +
    'The watch record has its own command: dramalog watch.',
  positionals: [DRAMA_ID],
  options: DRAMA_FIELD_OPTIONS,
  async run({ values, positionals, changeJournal, print }) {
    const label = fieldLabels(editCommand);
    const fields = dramaFieldsFrom(values, label);
    if (!Object.keys(fields).length) {
      const options = Object.keys(DRAMA_FIELD_OPTIONS).map((name) => `--${name}`);
      throw new UsageError(`edit needs something to change (${options.join(', ')})`, 'edit');
    }
    const id = idFrom(positionals[0], label);
    const input = parseInput(dramaUpdateSchemaNamed(label), { id, ...fields }, label);
    const drama = await onExistingDrama(changeJournal, id, (journal) => journal.transaction(() => journal.dramas.update(input, label)));
    print(`Updated ${drama.title} (drama ${drama.id})`);
  },
};
