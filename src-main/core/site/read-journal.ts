/**
 * What the export reads from the journal, in bulk. The repositories answer one
 * drama at a time (three queries each); an export of 10,000 reviews needs a few
 * set-wise queries instead, and a re-export must decide what changed reading as
 * little as possible: one light query over every drama, then full rows only for
 * the pages it renders.
 */
import type { Journal } from '../journal';
import type { HouseReview } from '../house-format/model';
import type { Grade, ReviewState, StoredPicture, YearMonth } from '../model';

/** A drama as the export first sees it: enough for addresses, links and change detection. */
export interface IndexedDrama {
  id: number;
  title: string;
  dramaUpdatedAt: string;
  /** Null when the drama has no review. */
  review: null | {
    state: ReviewState;
    grade: Grade | null;
    createdAt: string;
    updatedAt: string;
    /** The review's pictures, as kept in the journal's media folder. */
    pictures: StoredPicture[];
  };
}

/** A reviewed drama as the lists show it. */
export interface ListedDrama {
  id: number;
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  grade: Grade | null;
  state: ReviewState;
}

type IndexRow = [number, string, string, ReviewState | null, Grade | null, string | null, string | null, string | null];

/** Every drama in id order, with its review's state and times. */
export function readIndex(journal: Journal): IndexedDrama[] {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.updated_at, r.state, r.grade, r.created_at, r.updated_at, r.pictures
       FROM dramas d LEFT JOIN reviews r ON r.drama_id = d.id ORDER BY d.id`,
    )
    .raw()
    .all() as IndexRow[];
  return rows.map(([id, title, dramaUpdatedAt, state, grade, createdAt, updatedAt, pictures]) => ({
    id,
    title,
    dramaUpdatedAt,
    review: state
      ? {
          state,
          grade,
          createdAt: createdAt!,
          updatedAt: updatedAt!,
          pictures: !pictures || pictures === '[]' ? [] : (JSON.parse(pictures) as StoredPicture[]),
        }
      : null,
  }));
}

interface PageRow {
  id: number;
  title: string;
  native_title: string;
  platforms: string;
  aired_year: number;
  aired_month: number;
  episodes: number;
  genres: string;
  grade: Grade | null;
  reviewer_name: string;
  reviewer_location: string;
  intro: string;
  story: string;
  closing: string;
}

/** The whole house-format review of each given drama; a drama missing from the answer has lost its review. */
export function readHouseReviews(journal: Journal, ids: readonly number[]): Map<number, HouseReview> {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.native_title, d.platforms, d.aired_year, d.aired_month, d.episodes, d.genres,
         r.grade, r.reviewer_name, r.reviewer_location, r.intro, r.story, r.closing
       FROM dramas d JOIN reviews r ON r.drama_id = d.id
       WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as PageRow[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: row.title,
        nativeTitle: row.native_title,
        platforms: JSON.parse(row.platforms) as string[],
        aired: { year: row.aired_year, month: row.aired_month },
        episodes: row.episodes,
        genres: JSON.parse(row.genres) as string[],
        grade: row.grade,
        reviewer: { name: row.reviewer_name, location: row.reviewer_location },
        intro: JSON.parse(row.intro) as string[],
        story: JSON.parse(row.story) as string[],
        closing: JSON.parse(row.closing) as string[],
      },
    ]),
  );
}

type ListRow = [number, string, string, string, number, number, number, Grade | null, ReviewState];

/** The list fields of the given dramas (which must have reviews), in id order. */
export function readListed(journal: Journal, ids: readonly number[]): ListedDrama[] {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.native_title, d.platforms, d.aired_year, d.aired_month, d.episodes, r.grade, r.state
       FROM dramas d JOIN reviews r ON r.drama_id = d.id
       WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
    )
    .raw()
    .all(JSON.stringify(ids)) as ListRow[];
  return rows.map(([id, title, nativeTitle, platforms, year, month, episodes, grade, state]) => ({
    id,
    title,
    nativeTitle,
    platforms: JSON.parse(platforms) as string[],
    aired: { year, month },
    episodes,
    grade,
    state,
  }));
}

/**
 * The dramas whose review text contains any of the phrases, found by SQLite
 * without decoding the text: a superset of those that name them as a whole word.
 */
export function readMentioning(journal: Journal, phrases: readonly string[]): Set<number> {
  const found = new Set<number>();
  const query = journal.db
    .prepare('SELECT drama_id FROM reviews WHERE instr(intro, @phrase) OR instr(story, @phrase) OR instr(closing, @phrase)')
    .pluck();
  // Paragraphs are stored as JSON, so look for each phrase as JSON writes it.
  for (const phrase of phrases) for (const id of query.all({ phrase: JSON.stringify(phrase).slice(1, -1) }) as number[]) found.add(id);
  return found;
}
