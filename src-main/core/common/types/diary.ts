import type { CalendarDate, Grade, WatchStatus } from './vocabulary';

/** One watch of a drama: the first, or a rewatch. The latest is the drama's watch record. */
export interface DiaryEntry {
  id: number;
  dramaId: number;
  startedOn: CalendarDate | null;
  finishedOn: CalendarDate | null;
  status: WatchStatus;
  rewatch: boolean;
  note: string | null;
}

/** A diary entry with the drama it belongs to, as the Diary screen and `dramalog diary` list it. */
export interface DiaryListing extends DiaryEntry {
  title: string;
  nativeTitle: string;
  /** The grade of the drama's review, if it has one. */
  grade: Grade | null;
}

/** The day one episode was watched, and the grade given to that episode, if any. */
export interface EpisodeLogEntry {
  episode: number;
  watchedOn: CalendarDate;
  grade: Grade | null;
}

/** `dramalog watched` and "Log a rewatch": a watch finished on a day. */
export interface LogWatchInput {
  dramaId: number;
  /** The day it was finished; today when not given. */
  finishedOn?: CalendarDate;
  rewatch?: boolean;
  note?: string | null;
}

/** A drama's diary and episode log: the drama screen's history, and what `show --json` and the dump carry. */
export interface DramaHistory {
  /** Every watch, oldest first; the last is the watch record. */
  diary: DiaryEntry[];
  /** The days episodes were watched, in the order they were. */
  episodeLog: EpisodeLogEntry[];
}

/**
 * `dramalog episode` and the drama screen's episode log: a grade for one episode (null takes it
 * away) or the day it was watched. An episode watched more than once changes its latest watch; an
 * episode not in the log yet is logged, watched on `watchedOn` or today.
 */
export interface EpisodeChangeInput {
  dramaId: number;
  episode: number;
  grade?: Grade | null;
  watchedOn?: CalendarDate;
}

export interface DiaryQuery {
  /** Entries finished (or, unfinished, started) in this year. */
  year?: number;
}

/** One finished viewing from a tracker's diary: a diary entry of its own when imported. */
export interface Viewing {
  finishedOn: CalendarDate | null;
  rewatch: boolean;
}
