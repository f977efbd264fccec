import type { Database } from 'better-sqlite3';
import { GRADES, type CastRole, type Grade, type JournalStats, type NamedAverage, type StatsQuery, type WatchStatus } from '../common/model';
import { averageGrade } from '../common/grade-points';

export interface StatsRow {
  id: number;
  platforms: string;
  genres: string;
  /** Null while not known. */
  episodes: number | null;
  episode_minutes: number;
  status: WatchStatus;
  episodes_watched: number;
  finished_on: string | null;
  rewatches: number;
  grade: Grade | null;
  /** JSON list of the days its watches were finished, from the diary (FINISHED_DATES_SQL). */
  finished_dates: string;
  /** JSON list of the days its episodes were watched, from the episode log (also FINISHED_DATES_SQL). */
  episode_days: string;
}

/** The column of a stats row that lists the days a drama `d` was finished, one per watch. */
export const FINISHED_DATES_SQL = `(SELECT json_group_array(e.finished_on) FROM diary_entries e
  WHERE e.drama_id = d.id AND e.finished_on IS NOT NULL) AS finished_dates,
  (SELECT json_group_array(l.watched_on) FROM episode_log l WHERE l.drama_id = d.id) AS episode_days`;

interface ScopedDrama {
  id: number;
  platforms: string[];
  genres: string[];
  finished: boolean;
  finishedOn: string | null;
  /** The day each watch was finished: a rewatch counts in the year and month it was finished. */
  finishedDates: string[];
  /** One day for each episode the episode log holds. */
  episodeDays: string[];
  episodes: number;
  episodesWatched: number;
  /** Episodes seen, counting each rewatch as the whole drama again. */
  episodesSeen: number;
  minutesSeen: number;
  grade: Grade | null;
}

const TOP_ACTORS = 10;

/**
 * The journal in figures. Without a year: every drama in the journal (episodes
 * and hours from every watch record, grades from every graded review, actors
 * from every drama with an episode watched). With a year: the year in review,
 * only dramas with a watch (first or rewatch, from the diary) finished in that
 * year. Finished per year and month count watches: a drama finished in 2024 and
 * rewatched in 2025 counts in both. A drama is finished when it has a finish
 * date or is marked completed; completed dramas without a date count as finished
 * but fall in no year or month.
 */
export function journalStats(db: Database, query: StatsQuery = {}): JournalStats {
  const rows = db
    .prepare(
      `SELECT d.id, d.platforms, d.genres, d.episodes, d.episode_minutes, d.status, d.episodes_watched,
         d.finished_on, d.rewatches, r.grade, ${FINISHED_DATES_SQL}
       FROM dramas d LEFT JOIN reviews r ON r.drama_id = d.id ORDER BY d.id`,
    )
    .all() as StatsRow[];
  const cast = db.prepare('SELECT drama_id, actor, role FROM cast_members ORDER BY drama_id, position, id').all() as CastRow[];
  return statsOf(rows, cast, query);
}

export interface CastRow {
  drama_id: number;
  actor: string;
  role: CastRole;
}

/** The figures from rows already read (none, for a journal that does not exist yet). */
export function statsOf(rows: StatsRow[], cast: CastRow[], query: StatsQuery = {}): JournalStats {
  const year = query.year ?? null;
  const inYear = (date: string) => year === null || date.startsWith(`${year}-`);
  const dramas = rows.map(toScoped).filter((d) => year === null || d.finishedDates.some(inYear));
  const finished = dramas.filter((d) => d.finished);
  const dated = finished.flatMap((d) => d.finishedDates.filter(inYear));
  const grades = dramas.flatMap((d) => (d.grade ? [d.grade] : []));
  const minutes = sum(dramas.map((d) => d.minutesSeen));

  return {
    year,
    totals: {
      dramas: dramas.length,
      finished: finished.length,
      episodesWatched: sum(dramas.map((d) => d.episodesSeen)),
      minutesWatched: minutes,
      hoursWatched: Math.round((minutes / 60) * 10) / 10,
      graded: grades.length,
      averageGrade: averageGrade(grades),
    },
    finishedPerYear: countBy(dated.map((date) => Number(date.slice(0, 4)))).map(([y, count]) => ({ year: y, count })),
    finishedPerMonth: perMonth(dated.map((date) => [date, 1]), year),
    episodesPerMonth: perMonth(rows.map(toScoped).flatMap((d) => episodeDaysOf(d).filter(([date]) => inYear(date))), year),
    finishedUndated: finished.filter((d) => !d.finishedDates.length).length,
    gradeDistribution: GRADES.map((grade) => ({ grade, count: grades.filter((g) => g === grade).length })),
    averageByGenre: averageBy(dramas, (d) => d.genres),
    averageByPlatform: averageBy(dramas, (d) => d.platforms),
    topActors: topActors(cast, year === null ? dramas.filter((d) => d.episodesSeen > 0) : dramas),
  };
}

function toScoped(row: StatsRow): ScopedDrama {
  // While the episode count is not known, a drama counts the episodes watched so far.
  const episodes = row.episodes ?? row.episodes_watched;
  const episodesSeen = row.episodes_watched + row.rewatches * episodes;
  return {
    id: row.id,
    platforms: JSON.parse(row.platforms) as string[],
    genres: JSON.parse(row.genres) as string[],
    finished: row.finished_on !== null || row.status === 'completed',
    finishedOn: row.finished_on,
    finishedDates: (JSON.parse(row.finished_dates) as string[]).sort(),
    episodeDays: JSON.parse(row.episode_days) as string[],
    episodes,
    episodesWatched: row.episodes_watched,
    episodesSeen,
    minutesSeen: episodesSeen * row.episode_minutes,
    grade: row.grade,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function countBy(keys: number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/**
 * The days a drama's episodes were watched, each with how many: the episode log
 * where the drama has one; else every dated watch in its finish month, the
 * latest with the episodes watched so far and earlier ones with all of them.
 */
function episodeDaysOf(drama: ScopedDrama): [string, number][] {
  if (drama.episodeDays.length) return drama.episodeDays.map((day) => [day, 1]);
  return drama.finishedDates.map((day, i, all) => [day, drama.finishedOn === day && i === all.length - 1 ? drama.episodesWatched : drama.episodes]);
}

function perMonth(dates: [string, number][], year: number | null): JournalStats['finishedPerMonth'] {
  const counts = new Map<number, number>();
  for (const [date, count] of dates) {
    const key = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  if (year === null && !counts.size) return [];
  const first = year !== null ? year * 12 : Math.min(...counts.keys());
  const last = year !== null ? year * 12 + 11 : Math.max(...counts.keys());
  const months: JournalStats['finishedPerMonth'] = [];
  for (let key = first; key <= last; key++) {
    months.push({ year: Math.floor(key / 12), month: (key % 12) + 1, count: counts.get(key) ?? 0 });
  }
  return months;
}

/** Per genre or platform (a drama counts once for each of its names; letter case ignored), most dramas first. */
function averageBy(dramas: ScopedDrama[], names: (d: ScopedDrama) => string[]): NamedAverage[] {
  const groups = new Map<string, { name: string; dramas: number; grades: Grade[] }>();
  for (const drama of dramas) {
    for (const name of names(drama)) {
      const key = name.toLowerCase();
      const group = groups.get(key) ?? { name, dramas: 0, grades: [] };
      group.dramas++;
      if (drama.grade) group.grades.push(drama.grade);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((g) => ({ name: g.name, dramas: g.dramas, average: averageGrade(g.grades) }))
    .sort((a, b) => b.dramas - a.dramas || (b.average?.value ?? -1) - (a.average?.value ?? -1) || compareText(a.name, b.name));
}

function topActors(cast: CastRow[], dramas: ScopedDrama[]): JournalStats['topActors'] {
  const inScope = new Map(dramas.map((d) => [d.id, d]));
  const actors = new Map<string, { name: string; dramas: Set<number>; leads: Set<number>; episodesWatched: number }>();
  for (const member of cast) {
    const drama = inScope.get(member.drama_id);
    if (!drama) continue;
    const key = member.actor.toLowerCase();
    const actor = actors.get(key) ?? { name: member.actor, dramas: new Set(), leads: new Set(), episodesWatched: 0 };
    if (!actor.dramas.has(drama.id)) {
      actor.dramas.add(drama.id);
      actor.episodesWatched += drama.episodesSeen;
    }
    if (member.role === 'lead') actor.leads.add(drama.id);
    actors.set(key, actor);
  }
  return [...actors.values()]
    .map((a) => ({ name: a.name, dramas: a.dramas.size, leadRoles: a.leads.size, episodesWatched: a.episodesWatched }))
    .sort((a, b) => b.dramas - a.dramas || b.episodesWatched - a.episodesWatched || compareText(a.name, b.name))
    .slice(0, TOP_ACTORS);
}

function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
