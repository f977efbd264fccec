/** A drama, its release and its watch record, as stored, listed and changed. */
import type { Note } from './notes';
import type { Review } from './reviews';
import type { AiredDate, CalendarDate, Grade, ReviewState, WatchStatus, YearMonth } from './vocabulary';

export interface WatchRecord {
  status: WatchStatus;
  episodesWatched: number;
  startedOn: CalendarDate | null;
  finishedOn: CalendarDate | null;
  rewatches: number;
}

/**
 * What names a drama and its release: the fields a house-format header shows above the grade.
 * Only the English title is needed to add a drama; a field not known yet is null (a list is
 * empty). Publishing needs them all (`CompleteRelease`, core/common/validation/publish-rules.ts).
 */
export interface DramaRelease {
  title: string;
  nativeTitle: string | null;
  platforms: string[];
  aired: AiredDate;
  episodes: number | null;
  genres: string[];
}

/** A release with every field the house format shows: what a published review is written from. */
export interface CompleteRelease {
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
}

export interface Drama extends DramaRelease {
  id: number;
  /** Length of one episode, for hours watched; 60 unless set. */
  episodeMinutes: number;
  watch: WatchRecord;
  review: Review | null;
  notes: Note[];
  createdAt: string;
  updatedAt: string;
}

/** One row of the library: what the list shows, without review text or notes. */
export interface DramaSummary extends DramaRelease {
  id: number;
  status: WatchStatus;
  episodesWatched: number;
  finishedOn: CalendarDate | null;
  grade: Grade | null;
  reviewState: ReviewState | null;
}

/** A drama's own fields as a form or the CLI gives them: the English title, and whatever else is known. */
export interface DramaFields {
  title: string;
  /** Null or left out: not known yet. */
  nativeTitle?: string | null;
  platforms?: string[];
  aired?: AiredDate;
  episodes?: number | null;
  genres?: string[];
  /** Minutes per episode; 60 when left out. */
  episodeMinutes?: number;
}

export interface DramaCreateInput extends DramaFields {
  watch?: Partial<WatchRecord>;
}

export interface DramaUpdateInput extends Partial<DramaFields> {
  id: number;
  watch?: Partial<WatchRecord>;
}

export interface WatchUpdateInput extends Partial<WatchRecord> {
  id: number;
}

export const LIBRARY_SORTS = ['title', 'grade', 'finished'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryQuery {
  sort?: LibrarySort;
  status?: WatchStatus;
  grade?: Grade;
  genre?: string;
  platform?: string;
  year?: number;
  /** Matches the English or the Korean title, anywhere in it. */
  text?: string;
  /** Only the first this many rows, e.g. a first screenful while the rest comes; every row when left out. */
  limit?: number;
}
