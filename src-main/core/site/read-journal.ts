/**
 * What the export reads from the journal, in bulk. The repositories answer one
 * drama at a time (three queries each); an export of 10,000 reviews needs a few
 * set-wise queries instead, and a re-export must decide what changed reading as
 * little as possible: one light query over every drama, then full rows only for
 * the pages it renders.
 */
import type { Journal } from '../journal';
import type { HouseReview } from '../common/house-format/model';
import type { CastRole, Grade, ReviewState, StoredPicture, YearMonth } from '../common/model';
import { FINISHED_DATES_SQL, type StatsRow } from '../stats/journal-stats';

/** A drama as the export first sees it: enough for addresses, links and change detection. */
export interface IndexedDrama {
  id: number;
  title: string;
  dramaUpdatedAt: string;
  /** When the user finished watching it (`YYYY-MM-DD`), or null. */
  finishedOn: string | null;
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

type IndexRow = [number, string, string, string | null, ReviewState | null, Grade | null, string | null, string | null, string | null];

/**
 * Every drama in id order (or those of `ids` that still exist), with its review's
 * state and times. The review's columns come from the index that holds just them
 * (migration 0004): SQLite would otherwise look them up in the table, reading
 * through every review's text.
 */
export function readIndex(journal: Journal, ids?: readonly number[]): IndexedDrama[] {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.updated_at, d.finished_on, r.state, r.grade, r.created_at, r.updated_at, r.pictures
       FROM dramas d LEFT JOIN reviews r INDEXED BY reviews_listing ON r.drama_id = d.id
       ${ids ? 'WHERE d.id IN (SELECT value FROM json_each(?))' : ''} ORDER BY d.id`,
    )
    .raw()
    .all(...(ids ? [JSON.stringify(ids)] : [])) as IndexRow[];
  return rows.map(([id, title, dramaUpdatedAt, finishedOn, state, grade, createdAt, updatedAt, pictures]) => ({
    id,
    title,
    dramaUpdatedAt,
    finishedOn,
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

/**
 * A review page's data as SQLite holds it: the lists of paragraphs, platforms
 * and genres still JSON text. Cheap to read and to hand to a rendering thread
 * (flat strings copy fast); `houseReviewOfRow` turns it into a review.
 */
export type ReviewRow = [
  id: number,
  title: string,
  nativeTitle: string,
  platforms: string,
  airedYear: number,
  airedMonth: number,
  episodes: number,
  genres: string,
  grade: Grade | null,
  reviewerName: string,
  reviewerLocation: string,
  intro: string,
  story: string,
  closing: string,
];

/** The review rows of the given dramas; a drama missing from the answer has lost its review. */
export function readReviewRows(journal: Journal, ids: readonly number[]): Map<number, ReviewRow> {
  const rows = journal.db
    .prepare(
      `SELECT d.id, d.title, d.native_title, d.platforms, d.aired_year, d.aired_month, d.episodes, d.genres,
         r.grade, r.reviewer_name, r.reviewer_location, r.intro, r.story, r.closing
       FROM dramas d JOIN reviews r ON r.drama_id = d.id
       WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(ids)) as ReviewRow[];
  return new Map(rows.map((row) => [row[0], row]));
}

export function houseReviewOfRow(row: ReviewRow): HouseReview {
  const [, title, nativeTitle, platforms, year, month, episodes, genres, grade, name, location, intro, story, closing] = row;
  return {
    title,
    nativeTitle,
    platforms: JSON.parse(platforms) as string[],
    aired: { year, month },
    episodes,
    genres: JSON.parse(genres) as string[],
    grade,
    reviewer: { name, location },
    intro: JSON.parse(intro) as string[],
    story: JSON.parse(story) as string[],
    closing: JSON.parse(closing) as string[],
  };
}

/** The whole house-format review of each given drama; a drama missing from the answer has lost its review. */
export function readHouseReviews(journal: Journal, ids: readonly number[]): Map<number, HouseReview> {
  const reviews = new Map<number, HouseReview>();
  for (const [id, row] of readReviewRows(journal, ids)) reviews.set(id, houseReviewOfRow(row));
  return reviews;
}

type ListRow = [number, string, string, string, number, number, number];

/**
 * The list fields of the given reviewed dramas, in id order. Their review's
 * grade and state come from the index already read: a review row's later
 * columns sit after its text, and SQLite reads through the text to reach them.
 */
export function readListed(journal: Journal, dramas: readonly Pick<IndexedDrama, 'id' | 'review'>[]): ListedDrama[] {
  const reviews = new Map(dramas.map((d) => [d.id, d.review!]));
  const rows = journal.db
    .prepare(
      `SELECT id, title, native_title, platforms, aired_year, aired_month, episodes
       FROM dramas WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .raw()
    .all(JSON.stringify([...reviews.keys()])) as ListRow[];
  return rows.flatMap(([id, title, nativeTitle, platforms, year, month, episodes]) => {
    const review = reviews.get(id);
    return review
      ? [{ id, title, nativeTitle, platforms: JSON.parse(platforms) as string[], aired: { year, month }, episodes, grade: review.grade, state: review.state }]
      : [];
  });
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

/**
 * One line of a drama's cast: [entry id, drama id, actor, character, role, identity]. The entry
 * id tells the order in which actors entered the journal; the identity is the actor's name in
 * lower case as SQLite's NOCASE compares names (ASCII letters only), so `IU` and `iu` are one actor.
 */
export type CreditRow = [id: number, dramaId: number, actor: string, character: string | null, role: CastRole, identity: string];

/** Every cast entry in the journal (or of the dramas `ids`), by drama, in cast order. */
export function readCredits(journal: Journal, ids?: readonly number[]): CreditRow[] {
  // SQLite's lower() folds ASCII letters only, as NOCASE does.
  return journal.db
    .prepare(
      `SELECT id, drama_id, actor, character, role, lower(actor) FROM cast_members
       ${ids ? 'WHERE drama_id IN (SELECT value FROM json_each(?))' : ''} ORDER BY drama_id, position, id`,
    )
    .raw()
    .all(...(ids ? [JSON.stringify(ids)] : [])) as CreditRow[];
}

/** What the statistics module needs of the given dramas, in id order. */
export function readStatsRows(journal: Journal, ids: readonly number[]): StatsRow[] {
  return journal.db
    .prepare(
      `SELECT d.id, d.platforms, d.genres, d.episodes, d.episode_minutes, d.status, d.episodes_watched,
         d.finished_on, d.rewatches, r.grade, ${FINISHED_DATES_SQL}
       FROM dramas d LEFT JOIN reviews r ON r.drama_id = d.id
       WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
    )
    .all(JSON.stringify(ids)) as StatsRow[];
}
