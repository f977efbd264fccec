import { reads, writes } from '../ipc/channel';
import { diaryQuerySchema, logWatchSchema } from './schemas';

export const diaryChannels = {
  /** Every watch in the diary, newest first; with `year`, those finished (or started) that year. */
  'diary.list': reads(diaryQuerySchema, (query, { journal }) => journal.diary.list(query)),
  /** A finished watch (a rewatch, or the watch under way) logged in the diary; answers the drama as it now is. */
  'diary.logWatch': writes(logWatchSchema, (input, { journal }) => (journal.diary.logWatch(input), journal.dramas.get(input.dramaId))),
};
