import { WATCH_STATUS_LABELS, WATCH_STATUSES, type Drama, type WatchUpdateInput } from '../../core/common/model';
import { parseInput } from '../../core/common/validation/parse';
import { watchUpdateSchemaNamed } from '../../core/common/validation/schemas';
import { progressText } from '../format/drama-text';
import { UsageError } from '../io';
import type { Command } from './command';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';
import { numberOrText } from './values';

/** A date option: `none` clears the date. */
const dateOrNone = (word: string | undefined) => (word === 'none' ? null : word);

/** One line of the watch record after the change, so the user sees what the journal now holds. */
export function watchLine(drama: Drama): string {
  const { watch } = drama;
  const parts = [
    WATCH_STATUS_LABELS[watch.status],
    `${progressText(watch.episodesWatched, drama.episodes)} episodes watched`,
    ...(watch.startedOn ? [`started ${watch.startedOn}`] : []),
    ...(watch.finishedOn ? [`finished ${watch.finishedOn}`] : []),
    ...(watch.rewatches ? [`rewatched ${watch.rewatches} time${watch.rewatches === 1 ? '' : 's'}`] : []),
  ];
  return `${drama.title}: ${parts.join(', ')}`;
}

export const watchCommand: Command = {
  name: 'watch',
  summary: "Update a drama's watch record: episodes watched, status, dates, rewatches",
  synopsis: 'ID [--episodes N | --next] [--status STATUS] [--started DATE] [--finished DATE] [--rewatches N]',
  description:
    'Changes only what is given and prints the watch record as it now is. Nothing is written if any value is refused.\n' +
    `STATUS is one of ${WATCH_STATUSES.join(', ')}; completed without --episodes counts every episode watched.\n` +
    'DATE is YYYY-MM-DD, or none to clear it. --next is the app\'s "+1 episode": it starts a planned drama ' +
    '(today as its start) and completes it at the last episode.',
  positionals: [DRAMA_ID],
  options: {
    episodes: { type: 'string', valueName: 'N', description: 'Episodes watched so far, 0 to the episode count', field: 'episodesWatched' },
    next: { type: 'boolean', description: 'One more episode watched' },
    status: { type: 'string', valueName: 'STATUS', description: 'Watch status', field: 'status' },
    started: { type: 'string', valueName: 'DATE', description: 'When you started watching (YYYY-MM-DD, or none)', field: 'startedOn' },
    finished: { type: 'string', valueName: 'DATE', description: 'When you finished (YYYY-MM-DD, or none)', field: 'finishedOn' },
    rewatches: { type: 'string', valueName: 'N', description: 'How many times you watched it again, 0 to 999', field: 'rewatches' },
  },
  async run({ values, positionals, changeJournal, print }) {
    const label = fieldLabels(watchCommand);
    const word = (name: string) => values[name] as string | undefined;
    const change = Object.fromEntries(
      Object.entries({
        status: word('status'),
        episodesWatched: numberOrText(word('episodes')),
        startedOn: dateOrNone(word('started')),
        finishedOn: dateOrNone(word('finished')),
        rewatches: numberOrText(word('rewatches')),
      }).filter(([, value]) => value !== undefined),
    );
    const changes = Object.keys(change).length;
    if (values.next && changes) throw new UsageError('--next goes alone: it sets the episodes, status and dates itself', 'watch');
    if (!values.next && !changes) throw new UsageError('watch needs something to change (--episodes, --next, --status, --started, --finished, --rewatches)', 'watch');

    const id = idFrom(positionals[0], label);
    const input: WatchUpdateInput | null = values.next ? null : parseInput(watchUpdateSchemaNamed(label), { id, ...change }, label);
    const drama = await onExistingDrama(changeJournal, id, (journal) =>
      journal.transaction(() => (input ? journal.dramas.updateWatch(input, label) : journal.dramas.nextEpisode(id))),
    );
    print(watchLine(drama));
  },
};
