/**
 * Year-in-review pages: `year/YYYY.html` for every year in which a drama with
 * an exported review was finished (its watch record's finish date). Each lists
 * those dramas by finish date and gives the year's figures from the statistics
 * module, over the same dramas, so the list and the figures always agree.
 */
import { formatCalendarDay } from '../common/dates';
import { statsOf, type StatsRow } from '../stats/journal-stats';
import { byCodeUnits } from './code-units';
import { listEntryOf } from './lists';
import type { YearFigures } from './pages/YearPage';
import type { ListEntry } from './pages/parts';
import type { ListedDrama } from './read-journal';

/** How many genres the year's figures name. */
const TOP_GENRES = 5;

const FINISH_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year a drama was finished in, or null when it has no (readable) finish date. */
export function finishYear(finishedOn: string | null): number | null {
  const match = finishedOn ? FINISH_DATE.exec(finishedOn) : null;
  return match ? Number(match[1]) : null;
}

export interface YearDrama {
  drama: ListedDrama;
  finishedOn: string;
  /** Relative to `year/`: `../reviews/soundtrack-2.html`. */
  href: string;
}

/** The dramas of one year, by finish date (then title, then id), as the page lists them. */
export function yearEntries(dramas: readonly YearDrama[]): ListEntry[] {
  return [...dramas]
    .sort(
      (a, b) =>
        byCodeUnits(a.finishedOn, b.finishedOn) ||
        byCodeUnits(a.drama.title.toLowerCase(), b.drama.title.toLowerCase()) ||
        a.drama.id - b.drama.id,
    )
    .map(({ drama, finishedOn, href }) => listEntryOf(drama, href, `Finished ${formatCalendarDay(finishedOn)}`));
}

/** The year's figures over the given dramas (those finished in it), from the statistics module. */
export function yearFigures(year: number, rows: StatsRow[]): YearFigures {
  const stats = statsOf(rows, [], { year });
  return {
    finished: stats.totals.finished,
    episodesWatched: stats.totals.episodesWatched,
    hoursWatched: stats.totals.hoursWatched,
    averageGrade: stats.totals.averageGrade,
    grades: stats.gradeDistribution.filter((g) => g.count > 0),
    genres: stats.averageByGenre.slice(0, TOP_GENRES).map(({ name, dramas, average }) => ({ name, dramas, average })),
  };
}

export function describeYear(year: number, figures: YearFigures): string {
  const count = `${figures.finished} Korean ${figures.finished === 1 ? 'drama' : 'dramas'} finished`;
  return `${year} in review: ${count}${figures.averageGrade ? `, average grade ${figures.averageGrade.grade}` : ''}.`;
}
