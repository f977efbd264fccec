import type { WatchStatus } from '../common/model';
import type { CsvRecord } from './csv';
import { gradeFromTenPoint } from './rating-rule';
import {
  badLine,
  Columns,
  readDate,
  readList,
  readNumber,
  readRecords,
  readWholeNumber,
  readYearMonth,
  sameDramaKey,
} from './tracker-columns';
import type { TrackerEntry, TrackerReading } from './tracker-entry';

/** Header names the community export scripts use, normalised (see normalizeHeader). */
export const MYDRAMALIST_COLUMNS = {
  title: ['title', 'name', 'drama', 'drama title', 'show'],
  nativeTitle: ['native title', 'original title', 'korean title', 'native'],
  status: ['status', 'list status', 'watch status', 'list'],
  episodesSeen: ['episodes seen', 'progress', 'episodes watched', 'watched episodes', 'eps seen', 'seen', 'watched'],
  totalEpisodes: ['total episodes', 'episodes', 'eps', 'episode count', 'total'],
  score: ['score', 'rating', 'my score', 'my rating'],
  country: ['country', 'origin', 'country of origin'],
  year: ['year', 'release year', 'aired', 'air date', 'release date', 'aired year'],
  genres: ['genres', 'genre'],
  platforms: ['network', 'networks', 'platform', 'platforms'],
  started: ['started', 'start date', 'date started', 'started on', 'started watching'],
  finished: ['finished', 'end date', 'date finished', 'finished on', 'completed on', 'date completed', 'finished watching'],
  notes: ['notes', 'note', 'comment', 'comments'],
} as const satisfies Record<string, readonly string[]>;

type Key = keyof typeof MYDRAMALIST_COLUMNS;

const DISPLAY: Record<Key, string> = {
  title: 'Title',
  nativeTitle: 'Native Title',
  status: 'Status',
  episodesSeen: 'Episodes Seen',
  totalEpisodes: 'Total Episodes',
  score: 'Score',
  country: 'Country',
  year: 'Year',
  genres: 'Genres',
  platforms: 'Network',
  started: 'Started',
  finished: 'Finished',
  notes: 'Notes',
};

const STATUSES: Record<string, WatchStatus> = {
  completed: 'completed',
  finished: 'completed',
  watching: 'watching',
  currentlywatching: 'watching',
  plantowatch: 'plan-to-watch',
  planned: 'plan-to-watch',
  wanttowatch: 'plan-to-watch',
  onhold: 'on-hold',
  paused: 'on-hold',
  dropped: 'dropped',
  notinterested: 'dropped',
};

export function mydramalistColumns(header: CsvRecord): Columns<Key> {
  return new Columns(header, MYDRAMALIST_COLUMNS);
}

export function looksLikeMyDramaList(columns: Columns<Key>): boolean {
  return columns.has('title') && columns.has('status');
}

/**
 * A MyDramaList list export (title, status, episodes seen, score out of 10, and
 * whatever else the script wrote). A title listed twice with the same year is
 * imported once. Without a year, the air year is left unknown (not guessed).
 */
export function readMyDramaList(columns: Columns<Key>, records: CsvRecord[]): TrackerReading {
  columns.requireAll(['title', 'status'], 'a MyDramaList list', DISPLAY);
  const { read, skipped } = readRecords(columns, records, (record) => readRow(columns, record));
  const entries: TrackerEntry[] = [];
  const firstLineOf = new Map<string, number>();
  for (const entry of read) {
    const key = sameDramaKey(entry.title, entry.year);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      skipped.push({ line: entry.line, reason: `"${entry.title}"${entry.year === null ? '' : ` (${entry.year})`} is already on line ${earlier}` });
      continue;
    }
    firstLineOf.set(key, entry.line);
    entries.push(entry);
  }
  return { entries, skipped: skipped.sort((a, b) => a.line - b.line) };
}

function readRow(columns: Columns<Key>, record: CsvRecord): TrackerEntry | string {
  const { line } = record;
  const get = (key: Key) => columns.get(record, key);
  const title = get('title');
  if (!title) return `no ${columns.nameOf('title')}: nothing to import`;

  const statusText = get('status');
  const status = STATUSES[statusText.toLowerCase().replace(/[^a-z]/g, '')];
  if (!status) {
    throw badLine(
      line,
      `${columns.nameOf('status')} "${statusText}" is not one of Completed, Watching, Plan to Watch, On-Hold, Dropped`,
    );
  }

  const progress = readProgress(get('episodesSeen'), line, columns.nameOf('episodesSeen'));
  const total = readWholeNumber(get('totalEpisodes'), line, columns.nameOf('totalEpisodes')) || progress.total;
  const startedOn = readDate(get('started'), line, columns.nameOf('started'));
  const finishedOn = readDate(get('finished'), line, columns.nameOf('finished'));
  const assumed: string[] = [];

  // What the file does not say is left unknown, for the user to fill in before publishing.
  const aired = readYearMonth(get('year'), line, columns.nameOf('year'));
  const episodes = total || null;
  const seen = progress.seen ?? (status === 'completed' && episodes !== null ? episodes : 0);
  if (episodes !== null && seen > episodes) {
    throw badLine(line, `${columns.nameOf('episodesSeen')} ${seen} is more than the ${episodes} episodes of "${title}"`);
  }

  const scoreText = get('score');
  const score = readNumber(withoutOutOfTen(scoreText), line, columns.nameOf('score'));
  if (score !== null && (score < 0 || score > 10)) {
    throw badLine(line, `${columns.nameOf('score')} "${scoreText}" must be a score from 0 to 10`);
  }

  const notes = get('notes');
  return {
    line,
    mergedLines: [],
    title,
    nativeTitle: get('nativeTitle') || null,
    year: aired?.year ?? null,
    month: aired?.month ?? null,
    platforms: readList(get('platforms')),
    genres: readList(get('genres')),
    episodes,
    watch: { status, episodesWatched: seen, startedOn, finishedOn, rewatches: 0 },
    viewings: null,
    rating: score ? { text: `${score}/10`, grade: gradeFromTenPoint(score) } : null,
    assumed,
    extra: notes ? `MyDramaList notes: ${notes}` : null,
  };
}

/** `5`, `5/16` or `5 / 16`: episodes seen and, with a slash, the total. */
function readProgress(value: string, line: number, column: string): { seen: number | null; total: number | null } {
  const [seenText, totalText = ''] = value.split('/').map((part) => part.trim());
  return {
    seen: readWholeNumber(seenText ?? '', line, column),
    total: readWholeNumber(totalText, line, column) || null,
  };
}

/** `8 / 10` → `8`. Found from its slash, then trimmed: `\s*\/\s*10$` would be quadratic in a run of spaces. */
function withoutOutOfTen(score: string): string {
  const outOf = /\/\s*10$/.exec(score);
  return outOf ? score.slice(0, outOf.index).trimEnd() : score;
}
