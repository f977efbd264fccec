import { logWatchSchemaNamed } from '../../core/diary/schemas';
import { parseInput } from '../../core/common/validation/parse';
import type { Command } from './command';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';
import { watchLine } from './watch';

export const watchedCommand: Command = {
  name: 'watched',
  summary: 'Log a finished watch of a drama in its diary: the first, or a rewatch',
  synopsis: 'ID [--on DATE] [--rewatch]',
  description:
    'Finishes the watch under way (a planned, watching or on-hold drama), or with --rewatch logs watching it again. ' +
    'DATE is YYYY-MM-DD, today unless given. Prints the watch record as it now is.',
  positionals: [DRAMA_ID],
  options: {
    on: { type: 'string', valueName: 'DATE', description: 'The day you finished it (YYYY-MM-DD)', field: 'finishedOn' },
    rewatch: { type: 'boolean', description: 'This was a rewatch', field: 'rewatch' },
  },
  async run({ values, positionals, changeJournal, print }) {
    const label = fieldLabels(watchedCommand);
    const dramaId = idFrom(positionals[0], label);
    const input = parseInput(
      logWatchSchemaNamed(label),
      { dramaId, ...(values.on === undefined ? {} : { finishedOn: values.on }), rewatch: values.rewatch === true },
      label,
    );
    const drama = await onExistingDrama(changeJournal, dramaId, (journal) =>
      journal.transaction(() => {
        journal.diary.logWatch(input);
        return journal.dramas.get(dramaId);
      }),
    );
    print(watchLine(drama));
  },
};
