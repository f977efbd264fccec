import type { Database } from 'better-sqlite3';
import { gone, notFound } from '../common/errors';
import type { ReviewContent, Revision, RevisionChanges, RevisionSummary } from '../common/model';
import { countWordsIn, previewOf } from '../common/word-count';
import { changesBetween } from '../common/review-diff';

/**
 * Saves closer together than this update the latest revision instead of adding
 * one: autosave writes every pause in typing, and a history of every pause would
 * bury the versions worth going back to. A revision made by restoring is never
 * updated, so what was restored (and what was there before) stays in the history.
 */
export const REVISION_WINDOW_MS = 60_000;

interface RevisionRow {
  id: number;
  drama_id: number;
  started_at: string;
  saved_at: string;
  words: number;
  preview: string;
  content: string;
  restored_from: number | null;
}

/** The content as stored: fixed key order, so equal content is equal text. */
export function contentJson(content: ReviewContent): string {
  return JSON.stringify({
    grade: content.grade,
    reviewer: { name: content.reviewer.name, location: content.reviewer.location },
    intro: content.intro,
    story: content.story,
    closing: content.closing,
    pictures: content.pictures.map((p) => ({ file: p.file, alt: p.alt, section: p.section, afterParagraph: p.afterParagraph })),
  });
}

function toSummary(row: Omit<RevisionRow, 'content' | 'started_at'>, changes: RevisionChanges): RevisionSummary {
  return {
    id: row.id,
    dramaId: row.drama_id,
    savedAt: row.saved_at,
    words: row.words,
    preview: row.preview,
    restoredFrom: row.restored_from,
    changes,
  };
}

function contentOf(row: Pick<RevisionRow, 'content'>): ReviewContent {
  return JSON.parse(row.content) as ReviewContent;
}

/** The revision history of every review (table review_revisions, journal version 3). */
export class RevisionRepository {
  constructor(private readonly db: Database) {}

  /**
   * Keeps `content` as the drama's newest revision, saved at `at`. Content equal
   * to the newest revision adds nothing; a save within REVISION_WINDOW_MS of the
   * newest revision's first write updates it. `restoredFrom` or `separate` always adds one.
   */
  record(dramaId: number, content: ReviewContent, at: string, options: { restoredFrom?: number; separate?: boolean } = {}): void {
    const json = contentJson(content);
    const latest = this.db
      .prepare('SELECT id, started_at, content, restored_from FROM review_revisions WHERE drama_id = ? ORDER BY id DESC LIMIT 1')
      .get(dramaId) as Pick<RevisionRow, 'id' | 'started_at' | 'content' | 'restored_from'> | undefined;
    const restoredFrom = options.restoredFrom ?? null;
    if (latest && restoredFrom === null && latest.content === json) return;
    const sections = [content.intro, content.story, content.closing];
    const words = countWordsIn(sections.flat());
    const preview = previewOf(sections);
    const age = latest ? Date.parse(at) - Date.parse(latest.started_at) : Number.POSITIVE_INFINITY;
    if (latest && restoredFrom === null && !options.separate && latest.restored_from === null && age >= 0 && age < REVISION_WINDOW_MS) {
      this.db
        .prepare('UPDATE review_revisions SET saved_at = ?, words = ?, preview = ?, content = ? WHERE id = ?')
        .run(at, words, preview, json, latest.id);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO review_revisions (drama_id, started_at, saved_at, words, preview, content, restored_from)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(dramaId, at, at, words, preview, json, restoredFrom);
  }

  /** The drama's revisions, newest first, each with what it changed against the one before; without their content. */
  list(dramaId: number): RevisionSummary[] {
    if (!this.db.prepare('SELECT 1 FROM dramas WHERE id = ?').get(dramaId)) throw gone('drama');
    const rows = this.db
      .prepare(
        `SELECT id, drama_id, saved_at, words, preview, restored_from, content FROM review_revisions
         WHERE drama_id = ? ORDER BY id`,
      )
      .all(dramaId) as Omit<RevisionRow, 'started_at'>[];
    let previous: ReviewContent | null = null;
    const summaries = rows.map((row) => {
      const content = contentOf(row);
      const summary = toSummary(row, changesBetween(previous, content));
      previous = content;
      return summary;
    });
    return summaries.reverse();
  }

  /** Every revision of the drama, oldest first, with when each was first written: the history as a dump keeps it. */
  history(dramaId: number): { id: number; startedAt: string; savedAt: string; restoredFrom: number | null; content: ReviewContent }[] {
    const rows = this.db.prepare('SELECT * FROM review_revisions WHERE drama_id = ? ORDER BY id').all(dramaId) as RevisionRow[];
    return rows.map((row) => ({
      id: row.id,
      startedAt: row.started_at,
      savedAt: row.saved_at,
      restoredFrom: row.restored_from,
      content: contentOf(row),
    }));
  }

  /** The picture files any revision names. */
  pictureFiles(): string[] {
    return this.db
      .prepare(`SELECT DISTINCT json_extract(p.value, '$.file') FROM review_revisions, json_each(review_revisions.content, '$.pictures') AS p`)
      .pluck()
      .all() as string[];
  }

  get(id: number): Revision {
    const row = this.db.prepare('SELECT * FROM review_revisions WHERE id = ?').get(id) as RevisionRow | undefined;
    if (!row) throw notFound('That version of the review no longer exists.');
    const previous = this.db
      .prepare('SELECT content FROM review_revisions WHERE drama_id = ? AND id < ? ORDER BY id DESC LIMIT 1')
      .get(row.drama_id, row.id) as Pick<RevisionRow, 'content'> | undefined;
    const content = contentOf(row);
    return { ...toSummary(row, changesBetween(previous ? contentOf(previous) : null, content)), content };
  }
}
