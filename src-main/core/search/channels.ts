import { searchQuerySchema } from '../common/validation/schemas';
import { reads } from '../ipc/channel';

/** Full-text search over titles, review text, notes and cast; best first, matches marked. Also the CLI's `search`. */
export const searchJournal = reads(searchQuerySchema, (query, { journal }) => journal.search.search(query));

export const searchChannels = {
  'search.query': searchJournal,
};
