import { reads, writes } from '../ipc/channel';
import { dramaIdInputSchema } from '../common/validation/schemas';
import { diaryQuerySchema, episodeChangeSchema, logWatchSchema } from './schemas';

export const diaryChannels = {
  /** Every watch in the diary, newest first; with `year`, those finished (or started) that year. */
  'diary.list': reads(diaryQuerySchema, (query, { journal }) => journal.diary.list(query)),
  /** A finished watch (a rewatch, or the watch under way) logged in the diary; answers the drama as it now is. */
  'diary.logWatch': writes(logWatchSchema, (input, { journal }) => (journal.diary.logWatch(input), journal.dramas.get(input.dramaId))),
  /** One drama's watches (oldest first) and its episode log, for the drama screen. */
  'diary.history': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => journal.diary.history(dramaId)),
  /** A grade for one episode, or the day it was watched; answers the drama's history as it now is. */
  'diary.changeEpisode': writes(episodeChangeSchema, (input, { journal }) => (journal.diary.changeEpisode(input), journal.diary.history(input.dramaId))),
};
