/**
 * What the home screen lists, derived from the library's rows (dramas.list
 * sorted by finish date, newest first). Pure, so it is tested without a browser.
 */
import type { DramaSummary, LibraryQuery } from '@common/model';

/** The one query the home screen asks the core: every drama, the most recently finished first. */
export const HOME_QUERY: LibraryQuery = { sort: 'finished' };

/** How many recently finished dramas the home screen shows. */
export const RECENT_COUNT = 6;

export interface HomeSections {
  /** Dramas being watched, in the query's order (by title, as none is finished). */
  watching: DramaSummary[];
  /** Dramas whose review is still a draft. */
  drafts: DramaSummary[];
  /** Completed dramas with a finish date, newest first. */
  recentlyFinished: DramaSummary[];
}

export function homeSections(dramas: readonly DramaSummary[]): HomeSections {
  return {
    watching: dramas.filter((d) => d.status === 'watching'),
    drafts: dramas.filter((d) => d.reviewState === 'draft'),
    recentlyFinished: dramas.filter((d) => d.status === 'completed' && d.finishedOn !== null).slice(0, RECENT_COUNT),
  };
}
