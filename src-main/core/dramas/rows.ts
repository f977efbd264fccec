import type { Drama, DramaRelease, DramaSummary, Grade, Note, Review, ReviewState, StoredPicture, WatchStatus } from '../common/model';

/** Row shapes as SQLite returns them, and their mapping to the domain types. */

export interface DramaRow {
  id: number;
  title: string;
  /** Null (with aired_year, aired_month and episodes) while not known yet: since journal version 8. */
  native_title: string | null;
  platforms: string;
  aired_year: number | null;
  aired_month: number | null;
  episodes: number | null;
  genres: string;
  episode_minutes: number;
  status: WatchStatus;
  episodes_watched: number;
  started_on: string | null;
  finished_on: string | null;
  rewatches: number;
  created_at: string;
  updated_at: string;
}

export interface SummaryRow extends DramaRow {
  grade: Grade | null;
  review_state: ReviewState | null;
}

export interface ReviewRow {
  drama_id: number;
  grade: Grade | null;
  reviewer_name: string;
  reviewer_location: string;
  intro: string;
  story: string;
  closing: string;
  /** JSON list of StoredPicture (since journal version 3). */
  pictures: string;
  state: ReviewState;
  created_at: string;
  updated_at: string;
}

export interface NoteRow {
  id: number;
  drama_id: number;
  episode: number | null;
  text: string;
  created_at: string;
  updated_at: string;
}

/** The columns a summary and a whole drama both read: what names the drama and its release. */
export function releaseOf(row: DramaRow): DramaRelease {
  return {
    title: row.title,
    nativeTitle: row.native_title,
    platforms: JSON.parse(row.platforms) as string[],
    aired: { year: row.aired_year, month: row.aired_month },
    episodes: row.episodes,
    genres: JSON.parse(row.genres) as string[],
  };
}

export function toSummary(row: SummaryRow): DramaSummary {
  return {
    id: row.id,
    ...releaseOf(row),
    status: row.status,
    episodesWatched: row.episodes_watched,
    finishedOn: row.finished_on,
    grade: row.grade,
    reviewState: row.review_state,
  };
}

export function toReview(row: ReviewRow): Review {
  return {
    grade: row.grade,
    reviewer: { name: row.reviewer_name, location: row.reviewer_location },
    intro: JSON.parse(row.intro) as string[],
    story: JSON.parse(row.story) as string[],
    closing: JSON.parse(row.closing) as string[],
    pictures: JSON.parse(row.pictures) as StoredPicture[],
    state: row.state,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    dramaId: row.drama_id,
    episode: row.episode,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toDrama(row: DramaRow, review: Review | null, notes: Note[]): Drama {
  return {
    id: row.id,
    ...releaseOf(row),
    episodeMinutes: row.episode_minutes,
    watch: {
      status: row.status,
      episodesWatched: row.episodes_watched,
      startedOn: row.started_on,
      finishedOn: row.finished_on,
      rewatches: row.rewatches,
    },
    review,
    notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
