/** The journal in figures. */
import type { Grade } from './vocabulary';

/** Grades as numbers for averages (A+ = 4.3 … F = 0), shown as the nearest grade. */
export interface GradeAverage {
  value: number;
  grade: Grade;
  /** How many graded dramas the average is over. */
  count: number;
}

export interface StatsQuery {
  /** Only dramas finished in this year: the year in review. */
  year?: number;
}

export interface NamedAverage {
  name: string;
  /** Dramas with this genre or platform in scope, graded or not. */
  dramas: number;
  average: GradeAverage | null;
}

export interface JournalStats {
  year: number | null;
  totals: {
    /** Dramas the figures are about: every drama, or those finished in `year`. */
    dramas: number;
    finished: number;
    episodesWatched: number;
    minutesWatched: number;
    hoursWatched: number;
    graded: number;
    averageGrade: GradeAverage | null;
  };
  finishedPerYear: { year: number; count: number }[];
  /** Every month from the first to the last with a finished drama (all twelve for a year), zeros included. */
  finishedPerMonth: { year: number; month: number; count: number }[];
  /** Episodes watched per month: from the episode log where a drama has one, else each dated watch's episodes in its finish month. */
  episodesPerMonth: { year: number; month: number; count: number }[];
  /** Completed dramas with no finish date: counted as finished, in no year or month. */
  finishedUndated: number;
  gradeDistribution: { grade: Grade; count: number }[];
  averageByGenre: NamedAverage[];
  averageByPlatform: NamedAverage[];
  topActors: { name: string; dramas: number; leadRoles: number; episodesWatched: number }[];
}
