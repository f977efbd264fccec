import { invalidInput } from '../common/errors';
import type { WatchRecord } from '../common/model';
import { type FieldLabel, fieldName } from '../common/validation/fields';

export const DEFAULT_WATCH: WatchRecord = {
  status: 'plan-to-watch',
  episodesWatched: 0,
  startedOn: null,
  finishedOn: null,
  rewatches: 0,
};

/**
 * Merges a change into a watch record and checks the rules that span fields.
 * Marking a drama completed without saying how far counts every episode as watched.
 * `label` names the fields in a refusal (paths are the watch record's own keys).
 */
export function mergeWatch(
  current: WatchRecord,
  change: Partial<WatchRecord>,
  episodes: number | null,
  label: FieldLabel = fieldName,
): WatchRecord {
  const name = (key: keyof WatchRecord) => label(key, key);
  const next: WatchRecord = { ...current, ...change };
  // With the episode count not known yet, how far the user got is theirs to say.
  if (change.status === 'completed' && change.episodesWatched === undefined && episodes !== null) next.episodesWatched = episodes;
  if (episodes !== null && next.episodesWatched > episodes) {
    throw invalidInput(
      `${name('episodesWatched')} cannot be more than the drama's ${episodes} episode${episodes === 1 ? '' : 's'}`,
      { field: 'episodesWatched' },
    );
  }
  if (next.startedOn && next.finishedOn && next.finishedOn < next.startedOn) {
    throw invalidInput(`${name('finishedOn')} cannot be before ${name('startedOn')}`, { field: 'finishedOn' });
  }
  return next;
}
