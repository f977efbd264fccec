import { statsQuerySchema } from '../common/validation/schemas';
import { reads } from '../ipc/channel';
import { journalStats } from './journal-stats';

export const statsChannels = {
  /** The journal in figures; with `year`, only dramas finished that year. */
  'stats.get': reads(statsQuerySchema, (query, { journal }) => journalStats(journal.db, query)),
};
