import { statsQuerySchema } from '../common/validation/schemas';
import { reads } from '../ipc/channel';
import { journalStats } from './journal-stats';

/** The journal in figures; with `year`, only dramas finished that year. Also the CLI's `stats`. */
export const journalFigures = reads(statsQuerySchema, (query, { journal }) => journalStats(journal.db, query));

export const statsChannels = {
  'stats.get': journalFigures,
};
