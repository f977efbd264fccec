/**
 * What the export reads from the journal, in bulk. The repositories answer one
 * drama at a time (three queries each); an export of 10,000 reviews needs a few
 * set-wise queries instead, and a re-export must decide what changed without
 * reading any review text.
 */
import type { Journal } from '../journal';
import type { Grade, Reviewer, ReviewState, YearMonth } from '../model';

/** One reviewed drama without its text: enough for slugs, lists, links and change detection. */
export interface ReviewedDrama {
  id: number;
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
  grade: Grade | null;
  reviewer: Reviewer;
  state: ReviewState;
  dramaUpdatedAt: string;
  reviewCreatedAt: string;
  reviewUpdatedAt: string;
}

export interface ReviewText {
  intro: string[];
  story: string[];
  closing: string[];
}

interface ReviewedRow {
  id: number;
  title: string;
  native_title: string;
  platforms: string;
  aired_year: number;
  aired_month: number;
  episodes: number;
  genres: string;
  drama_updated_at: string;
  grade: Grade | null;
  reviewer_name: string;
  reviewer_location: string;
  state: ReviewState;
  review_created_at: string;
  review_updated_at: string;
}

/** Every drama with a review, in id order; drafts only when asked. */
export function readReviewedDramas(journal: Journal, options: { includeDrafts: boolean }): ReviewedDrama[] {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.native_title, d.platforms, d.aired_year, d.aired_month, d.episodes, d.genres,
         d.updated_at AS drama_updated_at, r.grade, r.reviewer_name, r.reviewer_location, r.state,
         r.created_at AS review_created_at, r.updated_at AS review_updated_at
       FROM dramas d JOIN reviews r ON r.drama_id = d.id
       ${options.includeDrafts ? '' : "WHERE r.state = 'final'"}
       ORDER BY d.id`,
    )
    .all() as ReviewedRow[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    nativeTitle: row.native_title,
    platforms: JSON.parse(row.platforms) as string[],
    aired: { year: row.aired_year, month: row.aired_month },
    episodes: row.episodes,
    genres: JSON.parse(row.genres) as string[],
    grade: row.grade,
    reviewer: { name: row.reviewer_name, location: row.reviewer_location },
    state: row.state,
    dramaUpdatedAt: row.drama_updated_at,
    reviewCreatedAt: row.review_created_at,
    reviewUpdatedAt: row.review_updated_at,
  }));
}

/** Every drama's id and English title, in id order: what page addresses are worked out from. */
export function readAllTitles(journal: Journal): { id: number; title: string }[] {
  return journal.db.prepare('SELECT id, title FROM dramas ORDER BY id').all() as { id: number; title: string }[];
}

/** The review text of the given dramas; a drama missing from the answer has lost its review meanwhile. */
export function readReviewTexts(journal: Journal, ids: readonly number[]): Map<number, ReviewText> {
  const rows = journal.db
    .prepare(
      `SELECT drama_id, intro, story, closing FROM reviews
       WHERE drama_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { drama_id: number; intro: string; story: string; closing: string }[];
  return new Map(
    rows.map((row) => [
      row.drama_id,
      {
        intro: JSON.parse(row.intro) as string[],
        story: JSON.parse(row.story) as string[],
        closing: JSON.parse(row.closing) as string[],
      },
    ]),
  );
}
