import type { Database } from 'better-sqlite3';
import { isoNow, localToday, type Clock } from '../clock';
import type { DiaryRepository } from '../diary/diary-repository';
import { invalidInput, JournalError, gone } from '../common/errors';
import type {
  Drama,
  DramaCreateInput,
  DramaRelease,
  DramaSummary,
  DramaUpdateInput,
  LibraryQuery,
  WatchRecord,
  WatchUpdateInput,
} from '../common/model';
import { GRADES } from '../common/model';
import { type FieldLabel, fieldName, MAX_EPISODES } from '../common/validation/fields';
import { DEFAULT_EPISODE_MINUTES } from '../common/validation/schemas';
import { type DramaRow, type NoteRow, releaseOf, type ReviewRow, type SummaryRow, toDrama, toNote, toReview, toSummary } from './rows';
import { DEFAULT_WATCH, mergeWatch } from './watch-rules';

export { DEFAULT_EPISODE_MINUTES };

const GRADE_RANK_SQL = `CASE r.grade ${GRADES.map((g, i) => `WHEN '${g}' THEN ${i}`).join(' ')} ELSE ${GRADES.length} END`;

const ORDER_BY: Record<NonNullable<LibraryQuery['sort']>, string> = {
  title: 'd.title COLLATE NOCASE, d.id',
  grade: `${GRADE_RANK_SQL}, d.title COLLATE NOCASE, d.id`,
  finished: 'd.finished_on IS NULL, d.finished_on DESC, d.title COLLATE NOCASE, d.id',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class DramaRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly diary: DiaryRepository,
  ) {}

  create(input: DramaCreateInput): Drama {
    return this.db.transaction(() => this.insert(input))();
  }

  private insert(input: DramaCreateInput): Drama {
    const watch = mergeWatch(DEFAULT_WATCH, input.watch ?? {}, input.episodes ?? null);
    const now = isoNow(this.clock);
    const id = this.db
      .prepare(
        `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, episode_minutes,
           status, episodes_watched, started_on, finished_on, rewatches, created_at, updated_at)
         VALUES (@title, @nativeTitle, @platforms, @year, @month, @episodes, @genres, @episodeMinutes,
           @status, @episodesWatched, @startedOn, @finishedOn, @rewatches, @now, @now)`,
      )
      .run({
        title: input.title,
        nativeTitle: input.nativeTitle ?? null,
        platforms: JSON.stringify(input.platforms ?? []),
        year: input.aired?.year ?? null,
        month: input.aired?.month ?? null,
        episodes: input.episodes ?? null,
        genres: JSON.stringify(input.genres ?? []),
        episodeMinutes: input.episodeMinutes ?? DEFAULT_EPISODE_MINUTES,
        ...watch,
        now,
      }).lastInsertRowid;
    this.diary.follow(Number(id));
    return this.get(Number(id));
  }

  /** `label` names fields in a refusal by their path in `input` (the CLI passes its options). */
  update(input: DramaUpdateInput, label: FieldLabel = fieldName): Drama {
    return this.db.transaction(() => this.write(input, label))();
  }

  private write(input: DramaUpdateInput, label: FieldLabel): Drama {
    const current = this.get(input.id);
    // Left out keeps a field; null clears it (not known after all).
    const episodes = input.episodes === undefined ? current.episodes : input.episodes;
    // A corrected, smaller episode count brings the watched count down with it (checked before the
    // cross-field rules, which would otherwise refuse the old count as too high).
    const base =
      input.watch?.episodesWatched === undefined && episodes !== null && current.watch.episodesWatched > episodes
        ? { ...current.watch, episodesWatched: episodes }
        : current.watch;
    const watch = mergeWatch(base, input.watch ?? {}, episodes, (key, name) => label(`watch.${key}`, name));
    if (episodes !== null && current.episodes !== null && episodes < current.episodes) {
      this.refuseOrphanedNotes(input.id, episodes, current.episodes, label('episodes', 'episodes'));
    }
    this.db
      .prepare(
        `UPDATE dramas SET title = @title, native_title = @nativeTitle, platforms = @platforms,
           aired_year = @year, aired_month = @month, episodes = @episodes, genres = @genres,
           episode_minutes = @episodeMinutes, status = @status, episodes_watched = @episodesWatched, started_on = @startedOn,
           finished_on = @finishedOn, rewatches = @rewatches, updated_at = @now
         WHERE id = @id`,
      )
      .run({
        id: input.id,
        title: input.title ?? current.title,
        nativeTitle: input.nativeTitle === undefined ? current.nativeTitle : input.nativeTitle,
        platforms: JSON.stringify(input.platforms ?? current.platforms),
        year: (input.aired ?? current.aired).year,
        month: (input.aired ?? current.aired).month,
        episodes,
        genres: JSON.stringify(input.genres ?? current.genres),
        episodeMinutes: input.episodeMinutes ?? current.episodeMinutes,
        ...watch,
        now: isoNow(this.clock),
      });
    this.diary.follow(input.id);
    return this.get(input.id);
  }

  /** A smaller episode count may not leave notes on episodes the drama no longer has. */
  private refuseOrphanedNotes(id: number, episodes: number, before: number, field: string): void {
    const beyond = this.db
      .prepare('SELECT DISTINCT episode FROM notes WHERE drama_id = ? AND episode > ? ORDER BY episode')
      .pluck()
      .all(id, episodes) as number[];
    if (!beyond.length) return;
    const which = beyond.length === 1 ? `episode ${beyond[0]}` : `episodes ${beyond.slice(0, -1).join(', ')} and ${beyond[beyond.length - 1]}`;
    throw invalidInput(
      `${field} cannot go down to ${episodes}: there are notes on ${which}; delete those notes first, or keep ${before} episodes`,
      { field: 'episodes' },
    );
  }

  updateWatch(input: WatchUpdateInput, label: FieldLabel = fieldName): Drama {
    const { id, ...change } = input;
    return this.update({ id, watch: change }, (path, name) => label(path.replace(/^watch\./, ''), name));
  }

  /** One more episode watched: starts the drama if it was planned, completes it at the last episode. */
  nextEpisode(id: number): Drama {
    const current = this.get(id);
    const { watch, episodes } = current;
    if (episodes !== null && watch.episodesWatched >= episodes) {
      throw new JournalError('conflict', `every episode of ${current.title} is already watched`);
    }
    const today = localToday(this.clock);
    const change: Partial<WatchRecord> = { episodesWatched: Math.min(watch.episodesWatched + 1, MAX_EPISODES) };
    if (watch.status === 'plan-to-watch' || watch.status === 'on-hold') change.status = 'watching';
    if (!watch.startedOn) change.startedOn = today;
    if (change.episodesWatched === episodes) {
      change.status = 'completed';
      if (!watch.finishedOn) change.finishedOn = today;
    }
    return this.db.transaction(() => {
      const drama = this.update({ id, watch: change });
      this.diary.logEpisode(id, drama.watch.episodesWatched, today);
      return drama;
    })();
  }

  delete(id: number): void {
    const { changes } = this.db.prepare('DELETE FROM dramas WHERE id = ?').run(id);
    if (!changes) throw gone('drama');
  }

  exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM dramas WHERE id = ?').get(id) !== undefined;
  }

  get(id: number): Drama {
    const row = this.db.prepare('SELECT * FROM dramas WHERE id = ?').get(id) as DramaRow | undefined;
    if (!row) throw gone('drama');
    const review = this.db.prepare('SELECT * FROM reviews WHERE drama_id = ?').get(id) as ReviewRow | undefined;
    const notes = this.db
      .prepare('SELECT * FROM notes WHERE drama_id = ? ORDER BY episode IS NOT NULL, episode, id')
      .all(id) as NoteRow[];
    return toDrama(row, review ? toReview(review) : null, notes.map(toNote));
  }

  /** Every drama, in id order, with review and notes: the journal as a whole. */
  all(): Drama[] {
    const ids = this.db.prepare('SELECT id FROM dramas ORDER BY id').pluck().all() as number[];
    return ids.map((id) => this.get(id));
  }

  findByTitleAndAired(title: string, aired: { year: number; month: number }): Drama | null {
    const id = this.db
      .prepare('SELECT id FROM dramas WHERE title = ? COLLATE NOCASE AND aired_year = ? AND aired_month = ? ORDER BY id LIMIT 1')
      .pluck()
      .get(title, aired.year, aired.month) as number | undefined;
    return id === undefined ? null : this.get(id);
  }

  /**
   * The first drama with this title (any letter case) that aired in `year`: how a tracker file names
   * a drama. A null year (not in the file) finds a drama whose year is not known either.
   */
  findIdByTitleAndYear(title: string, year: number | null): number | null {
    const id = this.db
      .prepare('SELECT id FROM dramas WHERE title = ? COLLATE NOCASE AND aired_year IS ? ORDER BY id LIMIT 1')
      .pluck()
      .get(title, year) as number | undefined;
    return id ?? null;
  }

  /** The release fields of the given dramas (one light query): what publishing checks, for a whole export at once. */
  releases(ids: readonly number[]): Map<number, DramaRelease> {
    const rows = this.db.prepare('SELECT * FROM dramas WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as DramaRow[];
    return new Map(rows.map((row) => [row.id, releaseOf(row)]));
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM dramas').pluck().get() as number;
  }

  list(query: LibraryQuery = {}): DramaSummary[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.status) {
      where.push('d.status = @status');
      params.status = query.status;
    }
    if (query.grade) {
      where.push('r.grade = @grade');
      params.grade = query.grade;
    }
    if (query.genre) {
      where.push('EXISTS (SELECT 1 FROM json_each(d.genres) WHERE value = @genre COLLATE NOCASE)');
      params.genre = query.genre;
    }
    if (query.platform) {
      where.push('EXISTS (SELECT 1 FROM json_each(d.platforms) WHERE value = @platform COLLATE NOCASE)');
      params.platform = query.platform;
    }
    if (query.year) {
      where.push('d.aired_year = @year');
      params.year = query.year;
    }
    if (query.text) {
      where.push("(d.title LIKE @text ESCAPE '\\' OR d.native_title LIKE @text ESCAPE '\\')");
      params.text = `%${escapeLike(query.text)}%`;
    }
    const sql = `SELECT d.*, r.grade AS grade, r.state AS review_state
      FROM dramas d LEFT JOIN reviews r ON r.drama_id = d.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${ORDER_BY[query.sort ?? 'title']}
      ${query.limit ? 'LIMIT @limit' : ''}`;
    if (query.limit) params.limit = query.limit;
    return (this.db.prepare(sql).all(params) as SummaryRow[]).map(toSummary);
  }

  /** Names already used, most used first: suggestions for the platform and genre fields. */
  distinctTokens(column: 'platforms' | 'genres'): string[] {
    return this.db
      .prepare(
        `SELECT value FROM dramas, json_each(dramas.${column}) GROUP BY value ORDER BY count(*) DESC, value`,
      )
      .pluck()
      .all() as string[];
  }
}
