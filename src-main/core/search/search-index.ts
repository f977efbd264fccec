import type { Database, Statement } from 'better-sqlite3';
import type { Grade, SearchQuery, SearchResult, WatchStatus } from '../common/model';
import { SearchDocuments } from './documents';
import { foldForIndex } from './fold';
import { describeHit } from './hit';
import { type CompiledQuery, compileQuery } from './query';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/**
 * bm25 weights per index column, in column order: a word in a title counts ten
 * times a word in the review body; cast and notes sit between.
 */
const RANK = 'bm25(search_index, 10.0, 10.0, 1.0, 2.0, 4.0)';

interface DramaHeadRow {
  id: number;
  title: string;
  native_title: string | null;
  status: WatchStatus;
  aired_year: number | null;
  aired_month: number | null;
  grade: Grade | null;
}

/**
 * The full-text index over titles, review text, notes and cast. Triggers queue
 * changed dramas in `search_pending`; `syncPending` re-indexes them. The journal
 * calls it at the end of each transaction and before each search, so results
 * always reflect every committed write, whoever made it.
 */
export class SearchIndex {
  private statements?: {
    pending: Statement;
    clearPending: Statement;
    remove: Statement;
    insert: Statement;
    match: Statement;
    head: Statement;
    documents: SearchDocuments;
  };

  constructor(private readonly db: Database) {}

  private get sql() {
    this.statements ??= {
      pending: this.db.prepare('SELECT drama_id FROM search_pending ORDER BY drama_id').pluck(),
      clearPending: this.db.prepare('DELETE FROM search_pending WHERE drama_id = ?'),
      remove: this.db.prepare('DELETE FROM search_index WHERE rowid = ?'),
      insert: this.db.prepare(
        'INSERT INTO search_index (rowid, title, native_title, review, notes, cast_list) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      match: this.db
        .prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY ${RANK}, rowid LIMIT ?`)
        .pluck(),
      head: this.db.prepare(
        `SELECT d.id, d.title, d.native_title, d.status, d.aired_year, d.aired_month, r.grade
         FROM dramas d LEFT JOIN reviews r ON r.drama_id = d.id WHERE d.id = ?`,
      ),
      documents: new SearchDocuments(this.db),
    };
    return this.statements;
  }

  /** Brings queued dramas up to date in the index; returns how many were re-indexed. */
  syncPending(): number {
    const { pending } = this.sql;
    const ids = pending.all() as number[];
    if (!ids.length) return 0;
    this.db.transaction(() => {
      for (const id of ids) this.reindex(id);
    })();
    return ids.length;
  }

  /** Empties the index and indexes every drama again. */
  rebuild(): number {
    this.db.transaction(() => {
      this.db.exec(`INSERT INTO search_index (search_index) VALUES ('delete-all');
        INSERT OR IGNORE INTO search_pending (drama_id) SELECT id FROM dramas;`);
    })();
    return this.syncPending();
  }

  private reindex(id: number): void {
    const { remove, insert, clearPending, documents } = this.sql;
    remove.run(id);
    const doc = documents.load(id);
    if (doc) {
      insert.run(
        id,
        foldForIndex(doc.title),
        foldForIndex(doc.nativeTitle),
        foldForIndex(doc.review.join('\n')),
        foldForIndex(doc.notes.join('\n')),
        foldForIndex(doc.cast.join('\n')),
      );
    }
    clearPending.run(id);
  }

  /** Dramas matching every word of `text`, best first, with the matches marked. */
  search({ text, limit = DEFAULT_SEARCH_LIMIT }: SearchQuery): SearchResult[] {
    const query = compileQuery(text);
    if (!query) return [];
    this.syncPending();
    const { head, documents } = this.sql;
    const ids = this.rankedIds(query, Math.min(Math.max(1, limit), MAX_SEARCH_LIMIT));
    const results: SearchResult[] = [];
    for (const id of ids) {
      const row = head.get(id) as DramaHeadRow | undefined;
      const doc = documents.load(id);
      if (!row || !doc) continue;
      results.push({
        dramaId: row.id,
        title: row.title,
        nativeTitle: row.native_title,
        grade: row.grade,
        status: row.status,
        aired: { year: row.aired_year, month: row.aired_month },
        ...describeHit(doc, query.words),
      });
    }
    return results;
  }

  /**
   * Dramas holding the words as one phrase (adjacent, in order) first, then those holding every
   * word anywhere; bm25 orders each tier. bm25 alone counts words, not where they sit, so
   * "Kim Soo Hyun" would rank a cast of Lee Do Hyun and Kim Myung Hee above Kim Soo Hyun himself.
   */
  private rankedIds(query: CompiledQuery, limit: number): number[] {
    const { match } = this.sql;
    const tiers = [query.phrase, query.match].filter((expression) => expression !== null);
    const ids = new Set<number>();
    for (const expression of tiers) {
      for (const id of match.all(expression, limit) as number[]) ids.add(id);
      if (ids.size >= limit) break;
    }
    return [...ids].slice(0, limit);
  }

  /** Only the ranked ids: what FTS5 itself answers, for the benchmark. */
  matchIds(text: string, limit = DEFAULT_SEARCH_LIMIT): number[] {
    const query = compileQuery(text);
    return query ? this.rankedIds(query, limit) : [];
  }
}
