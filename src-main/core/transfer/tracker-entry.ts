import type { Grade, TrackerKind, Viewing, WatchStatus } from '../common/model';

/**
 * One drama as a tracker file describes it. Fields the file does not hold are null
 * (or empty lists): the drama is imported with them unknown, as the user may add one.
 */
export interface TrackerEntry {
  line: number;
  mergedLines: number[];
  title: string;
  nativeTitle: string | null;
  year: number | null;
  month: number | null;
  platforms: string[];
  genres: string[];
  episodes: number | null;
  watch: {
    status: WatchStatus;
    episodesWatched: number;
    startedOn: string | null;
    finishedOn: string | null;
    rewatches: number;
  };
  /** Each viewing, for the diary, in the order watched (undated ones first); null when the file lists no viewings. */
  viewings: Viewing[] | null;
  rating: { text: string; grade: Grade } | null;
  /** Fields the reader had to assume, in words. */
  assumed: string[];
  /** Text the tracker kept with the entry (tags, notes), for the drama's private note. */
  extra: string | null;
}

export interface TrackerReading {
  entries: TrackerEntry[];
  skipped: { line: number; reason: string }[];
}

export const TRACKER_NAMES: Record<TrackerKind, string> = {
  letterboxd: 'a Letterboxd diary',
  mydramalist: 'a MyDramaList list',
};
