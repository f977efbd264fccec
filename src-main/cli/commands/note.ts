import { parseInput } from '../../core/common/validation/parse';
import { noteAddSchemaNamed } from '../../core/common/validation/schemas';
import type { Command } from './command';
import { DRAMA_ID, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';
import { numberOrText } from './values';

export const noteCommand: Command = {
  name: 'note',
  summary: 'Add a private note to a drama or one of its episodes and print its id',
  synopsis: 'ID TEXT [--episode N]',
  description:
    'Prints just the note id (notes ID lists them). Notes stay in the journal: they are never exported.\n' +
    'Put TEXT in quotes; a note of several lines can be given with $\'…\\n…\' in most shells.',
  positionals: [
    { ...DRAMA_ID, field: 'dramaId' },
    { name: 'TEXT', description: 'The note', field: 'text' },
  ],
  options: {
    episode: { type: 'string', valueName: 'N', description: 'The episode the note is about (default: the whole drama)', field: 'episode' },
  },
  async run({ values, positionals, changeJournal, print }) {
    const label = fieldLabels(noteCommand);
    const episode = values.episode as string | undefined;
    const input = parseInput(
      noteAddSchemaNamed(label),
      { dramaId: numberOrText(positionals[0]), episode: episode === undefined ? null : numberOrText(episode), text: positionals[1] },
      label,
    );
    const note = await onExistingDrama(changeJournal, input.dramaId, (journal) => journal.transaction(() => journal.notes.add(input, label)));
    print(String(note.id));
  },
};
