import type { Database } from 'better-sqlite3';
import { isoNow, localToday, type Clock } from '../clock';
import { invalidInput, JournalError, gone } from '../common/errors';
import type { Grade, WatchStatus } from '../common/model';
import type { DiaryEntry, DiaryListing, DiaryQuery, DramaHistory, EpisodeChangeInput, EpisodeLogEntry, LogWatchInput, Viewing } from '../common/types/diary';
import { fieldName, type FieldLabel } from '../common/validation/fields';

interface EntryRow {
  id: number;
  drama_id: number;
  seq: number;
  status: WatchStatus;
  started_on: string | null;
  finished_on: string | null;
  rewatch: 0 | 1;
  note: string | null;
}

interface WatchRow {
  title: string;
  episodes: number;
  episodes_watched: number;
  status: WatchStatus;
  started_on: string | null;
  finished_on: string | null;
  rewatches: number;
}

const toEntry = (row: EntryRow): DiaryEntry => ({
  id: row.id,
  dramaId: row.drama_id,
  startedOn: row.started_on,
  finishedOn: row.finished_on,
  status: row.status,
  rewatch: row.rewatch === 1,
  note: row.note,
});

/** A watch that is over: a new watch starts a new entry rather than rewriting it. */
const isOver = (status: WatchStatus) => status === 'completed' || status === 'dropped';

/** The day an entry belongs to in the diary: the day it was finished, or started when it is not. */
const DAY_SQL = 'coalesce(e.finished_on, e.started_on)';

/**
 * Every watch of every drama, and the day each episode was watched.
 *
 * The drama's row keeps its watch record (the latest entry) and its rewatch
 * count; `follow` brings the diary in line after any write to that row, and
 * `logWatch` writes both in one go, so the two never disagree.
 */
export class DiaryRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** A drama's entries, oldest first; the last is its watch record. */
  entries(dramaId: number): DiaryEntry[] {
    return (this.db.prepare('SELECT * FROM diary_entries WHERE drama_id = ? ORDER BY seq').all(dramaId) as EntryRow[]).map(toEntry);
  }

  /** A drama's diary and episode log, as `show --json` and the dump carry them. */
  history(dramaId: number): DramaHistory {
    this.watchRow(dramaId);
    return { diary: this.entries(dramaId), episodeLog: this.episodeLog(dramaId) };
  }

  /** Entries that are watches (not plans), newest first, undated ones last. */
  list(query: DiaryQuery = {}): DiaryListing[] {
    const rows = this.db
      .prepare(
        `SELECT e.*, d.title, d.native_title, r.grade FROM diary_entries e JOIN dramas d ON d.id = e.drama_id
           LEFT JOIN reviews r ON r.drama_id = e.drama_id
         WHERE e.status <> 'plan-to-watch' ${query.year ? `AND substr(${DAY_SQL}, 1, 4) = @year` : ''}
         ORDER BY ${DAY_SQL} IS NULL, ${DAY_SQL} DESC, e.drama_id, e.seq DESC`,
      )
      .all(query.year ? { year: String(query.year) } : {}) as (EntryRow & { title: string; native_title: string; grade: Grade | null })[];
    return rows.map((row) => ({ ...toEntry(row), title: row.title, nativeTitle: row.native_title, grade: row.grade }));
  }

  episodeLog(dramaId: number): EpisodeLogEntry[] {
    return this.db
      .prepare('SELECT episode, watched_on AS watchedOn, grade FROM episode_log WHERE drama_id = ? ORDER BY watched_on, episode, id')
      .all(dramaId) as EpisodeLogEntry[];
  }

  /** "+1 episode": the day an episode was watched. */
  logEpisode(dramaId: number, episode: number, watchedOn: string = localToday(this.clock), grade: Grade | null = null): void {
    this.db.prepare('INSERT INTO episode_log (drama_id, episode, watched_on, grade) VALUES (?, ?, ?, ?)').run(dramaId, episode, watchedOn, grade);
  }

  /**
   * A grade for one episode (null takes it away) or the day it was watched. An episode
   * watched more than once changes its latest watch; one not in the log yet is logged,
   * watched on the day given or today, if the watch record has it watched. `label` names
   * the episode the caller's way.
   */
  changeEpisode(input: EpisodeChangeInput, label: FieldLabel = fieldName): void {
    const drama = this.watchRow(input.dramaId);
    if (input.episode > drama.episodes) {
      throw invalidInput(
        `${label('episode', 'episode')} must be at most ${drama.episodes}: ${drama.title} has ${drama.episodes} episode${drama.episodes === 1 ? '' : 's'}`,
        { field: 'episode' },
      );
    }
    const latest = this.db
      .prepare('SELECT id FROM episode_log WHERE drama_id = ? AND episode = ? ORDER BY watched_on DESC, id DESC LIMIT 1')
      .pluck()
      .get(input.dramaId, input.episode) as number | undefined;
    if (latest === undefined) {
      // The log never runs ahead of the watch record: an episode not watched yet has no day to grade.
      if (input.episode > drama.episodes_watched) {
        throw invalidInput(
          `episode ${input.episode} of ${drama.title} is not watched yet (${drama.episodes_watched} of ${drama.episodes} are); mark it watched first`,
          { field: 'episode' },
        );
      }
      this.logEpisode(input.dramaId, input.episode, input.watchedOn, input.grade ?? null);
      return;
    }
    this.db
      .prepare(
        `UPDATE episode_log SET grade = CASE WHEN @keepGrade THEN grade ELSE @grade END, watched_on = coalesce(@watchedOn, watched_on) WHERE id = @id`,
      )
      .run({ id: latest, keepGrade: input.grade === undefined ? 1 : 0, grade: input.grade ?? null, watchedOn: input.watchedOn ?? null });
  }

  /**
   * A finished watch. An unfinished latest entry (planned, watching, on hold) is
   * the watch being finished; after a finished one, only a rewatch can follow.
   */
  logWatch(input: LogWatchInput): DiaryEntry {
    const drama = this.watchRow(input.dramaId);
    const finishedOn = input.finishedOn ?? localToday(this.clock);
    const latest = this.latest(input.dramaId);
    const rewatch = input.rewatch ?? false;
    if (latest && isOver(latest.status) && !rewatch) {
      throw new JournalError(
        'conflict',
        `${drama.title} was already ${latest.status === 'completed' ? 'finished' : 'dropped'}${latest.finishedOn ? ` on ${latest.finishedOn}` : ''}; log it as a rewatch to add another watch`,
      );
    }
    const continuing = latest && !isOver(latest.status);
    const startedOn = continuing ? latest.startedOn : null;
    if (startedOn && finishedOn < startedOn) {
      throw invalidInput(`the finish date cannot be before the day this watch started (${startedOn})`);
    }
    if (continuing) {
      this.db
        .prepare("UPDATE diary_entries SET status = 'completed', finished_on = ?, rewatch = ?, note = coalesce(?, note) WHERE id = ?")
        .run(finishedOn, rewatch ? 1 : 0, input.note ?? null, latest.id);
    } else {
      this.db
        .prepare(
          `INSERT INTO diary_entries (drama_id, seq, status, finished_on, rewatch, note)
           VALUES (?, (SELECT coalesce(max(seq), -1) + 1 FROM diary_entries WHERE drama_id = ?), 'completed', ?, ?, ?)`,
        )
        .run(input.dramaId, input.dramaId, finishedOn, rewatch ? 1 : 0, input.note ?? null);
    }
    this.db
      .prepare(
        `UPDATE dramas SET status = 'completed', episodes_watched = episodes, started_on = ?, finished_on = ?,
           rewatches = (SELECT count(*) FROM diary_entries WHERE drama_id = dramas.id AND rewatch = 1), updated_at = ?
         WHERE id = ?`,
      )
      .run(startedOn, finishedOn, isoNow(this.clock), input.dramaId);
    return this.latest(input.dramaId)!;
  }

  /**
   * A new drama's diary from a tracker's viewings, oldest first: each a finished
   * entry. Its watch record must already be the last viewing, its rewatches their count.
   */
  recordViewings(dramaId: number, viewings: readonly Viewing[]): void {
    const drama = this.watchRow(dramaId);
    const last = viewings[viewings.length - 1];
    const rewatches = viewings.filter((v) => v.rewatch).length;
    if (!last || last.finishedOn !== drama.finished_on || rewatches !== drama.rewatches) {
      throw new JournalError('internal', `the viewings of ${drama.title} do not match its watch record`);
    }
    this.db.prepare('DELETE FROM diary_entries WHERE drama_id = ?').run(dramaId);
    const insert = this.db.prepare(
      "INSERT INTO diary_entries (drama_id, seq, status, finished_on, rewatch) VALUES (?, ?, 'completed', ?, ?)",
    );
    viewings.forEach((v, seq) => insert.run(dramaId, seq, v.finishedOn, v.rewatch ? 1 : 0));
  }

  /**
   * After the drama's row was written: its watch record is the latest entry,
   * and a changed rewatch count adds undated rewatches or removes them (never
   * one with a date or a note: those are deleted from the diary itself).
   */
  follow(dramaId: number): void {
    const drama = this.watchRow(dramaId);
    const latest = this.latest(dramaId);
    if (latest) {
      this.db
        .prepare('UPDATE diary_entries SET status = ?, started_on = ?, finished_on = ? WHERE id = ?')
        .run(drama.status, drama.started_on, drama.finished_on, latest.id);
    } else {
      this.db
        .prepare('INSERT INTO diary_entries (drama_id, seq, status, started_on, finished_on, rewatch) VALUES (?, 0, ?, ?, ?, 0)')
        .run(dramaId, drama.status, drama.started_on, drama.finished_on);
    }
    const counted = this.db.prepare('SELECT count(*) FROM diary_entries WHERE drama_id = ? AND rewatch = 1').pluck().get(dramaId) as number;
    if (drama.rewatches > counted) this.addUndatedRewatches(dramaId, drama.rewatches - counted);
    if (drama.rewatches < counted) this.removeUndatedRewatches(dramaId, counted - drama.rewatches, drama.rewatches);
  }

  /** Undated rewatches happened at some unknown time before every dated watch: they go first. */
  private addUndatedRewatches(dramaId: number, count: number): void {
    const first = this.db.prepare('SELECT min(seq) FROM diary_entries WHERE drama_id = ?').pluck().get(dramaId) as number;
    const insert = this.db.prepare("INSERT INTO diary_entries (drama_id, seq, status, rewatch) VALUES (?, ?, 'completed', 1)");
    for (let i = 1; i <= count; i++) insert.run(dramaId, first - i);
  }

  private removeUndatedRewatches(dramaId: number, count: number, wanted: number): void {
    const undated = this.db
      .prepare(
        `SELECT id FROM diary_entries WHERE drama_id = ? AND rewatch = 1 AND started_on IS NULL AND finished_on IS NULL AND note IS NULL
           AND seq < (SELECT max(seq) FROM diary_entries WHERE drama_id = ?)
         ORDER BY seq LIMIT ?`,
      )
      .pluck()
      .all(dramaId, dramaId, count) as number[];
    if (undated.length < count) {
      throw invalidInput(`rewatches cannot go down to ${wanted}: the diary has dated rewatches of this drama; delete those entries from the diary instead`);
    }
    const remove = this.db.prepare('DELETE FROM diary_entries WHERE id = ?');
    for (const id of undated) remove.run(id);
  }

  private latest(dramaId: number): DiaryEntry | null {
    const row = this.db.prepare('SELECT * FROM diary_entries WHERE drama_id = ? ORDER BY seq DESC LIMIT 1').get(dramaId) as EntryRow | undefined;
    return row ? toEntry(row) : null;
  }

  private watchRow(dramaId: number): WatchRow {
    const row = this.db
      .prepare('SELECT title, episodes, episodes_watched, status, started_on, finished_on, rewatches FROM dramas WHERE id = ?')
      .get(dramaId) as WatchRow | undefined;
    if (!row) throw gone('drama');
    return row;
  }
}
