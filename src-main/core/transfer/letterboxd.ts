import type { CsvRecord } from './csv';
import { gradeFromStars } from './rating-rule';
import { badLine, Columns, readDate, readList, readNumber, readRecords, readYearMonth, sameDramaKey } from './tracker-columns';
import type { TrackerEntry, TrackerReading } from './tracker-entry';

export const LETTERBOXD_COLUMNS = {
  date: ['date'],
  name: ['name', 'title'],
  year: ['year'],
  uri: ['letterboxd uri', 'uri'],
  rating: ['rating'],
  rewatch: ['rewatch'],
  tags: ['tags'],
  watchedDate: ['watched date'],
} as const satisfies Record<string, readonly string[]>;

type Key = keyof typeof LETTERBOXD_COLUMNS;

const DISPLAY: Record<Key, string> = {
  date: 'Date',
  name: 'Name',
  year: 'Year',
  uri: 'Letterboxd URI',
  rating: 'Rating',
  rewatch: 'Rewatch',
  tags: 'Tags',
  watchedDate: 'Watched Date',
};

export function letterboxdColumns(header: CsvRecord): Columns<Key> {
  return new Columns(header, LETTERBOXD_COLUMNS);
}

export function looksLikeLetterboxd(columns: Columns<Key>): boolean {
  return columns.has('name') && columns.has('year') && (columns.has('watchedDate') || columns.has('date') || columns.has('uri'));
}

interface DiaryLine {
  line: number;
  title: string;
  year: number;
  watchedOn: string | null;
  stars: number | null;
  ratingText: string;
  rewatch: boolean;
  tags: string[];
}

/**
 * A Letterboxd-style diary: one line per viewing (`Date, Name, Year, Rating,
 * Rewatch, Tags, Watched Date`). Every line is a finished viewing and becomes a
 * diary entry. Lines for the same title and year are one drama: the latest
 * viewing is its watch record (its finish date), the others after the first
 * (and a first line marked Rewatch) are rewatches, and the latest rating is its
 * grade. A diary does not know episode counts.
 */
export function readLetterboxd(columns: Columns<Key>, records: CsvRecord[]): TrackerReading {
  columns.requireAll(['name', 'year'], 'a Letterboxd diary', DISPLAY);
  const { read, skipped } = readRecords(columns, records, (record) => readLine(columns, record));
  const groups = new Map<string, DiaryLine[]>();
  for (const diary of read) {
    const key = sameDramaKey(diary.title, diary.year);
    const group = groups.get(key);
    if (group) group.push(diary);
    else groups.set(key, [diary]);
  }
  const entries = [...groups.values()].map(toEntry).sort((a, b) => a.line - b.line);
  return { entries, skipped };
}

function readLine(columns: Columns<Key>, record: CsvRecord): DiaryLine | string {
  const { line } = record;
  const title = columns.get(record, 'name');
  if (!title) return `no ${columns.nameOf('name')}: nothing to import`;
  const aired = readYearMonth(columns.get(record, 'year'), line, columns.nameOf('year'));
  if (!aired) return `no ${columns.nameOf('year')} for "${title}": Dramalog needs the year it aired`;
  const watchedColumn = columns.get(record, 'watchedDate') ? 'watchedDate' : 'date';
  const watchedOn = readDate(columns.get(record, watchedColumn), line, columns.nameOf(watchedColumn));
  const ratingText = columns.get(record, 'rating');
  const stars = /^[★½]+$/u.test(ratingText)
    ? [...ratingText].reduce((sum, c) => sum + (c === '★' ? 1 : 0.5), 0)
    : readNumber(ratingText, line, columns.nameOf('rating'));
  if (stars !== null && (stars < 0.5 || stars > 5)) {
    throw badLine(line, `${columns.nameOf('rating')} "${ratingText}" must be from 0.5 to 5 stars`);
  }
  return {
    line,
    title,
    year: aired.year,
    watchedOn,
    stars,
    ratingText,
    rewatch: /^(?:yes|y|true|1)$/i.test(columns.get(record, 'rewatch')),
    tags: readList(columns.get(record, 'tags')),
  };
}

/** `lines` are one drama's viewings in file order. */
function toEntry(lines: DiaryLine[]): TrackerEntry {
  const byDate = [...lines].sort((a, b) => (a.watchedOn ?? '9999').localeCompare(b.watchedOn ?? '9999') || a.line - b.line);
  const first = byDate[0];
  const rated = byDate.filter((l) => l.stars !== null);
  const latestRating = rated[rated.length - 1];
  const tags = [...new Set(lines.flatMap((l) => l.tags))];
  const [firstLine, ...later] = lines;
  const viewings = byDate.map((l) => ({ finishedOn: l.watchedOn, rewatch: l.rewatch || l !== first }));
  // Undated viewings happened at some unknown time: they go first, as counted rewatches do in the diary.
  const ordered = [...viewings.filter((v) => !v.finishedOn), ...viewings.filter((v) => v.finishedOn)];
  const latest = ordered[ordered.length - 1];
  return {
    line: firstLine.line,
    mergedLines: later.map((l) => l.line),
    title: firstLine.title,
    nativeTitle: null,
    year: first.year,
    month: null,
    platforms: [],
    genres: [],
    episodes: 1,
    watch: {
      status: 'completed',
      episodesWatched: 1,
      startedOn: null,
      finishedOn: latest.finishedOn,
      rewatches: ordered.filter((v) => v.rewatch).length,
    },
    viewings: ordered,
    rating: latestRating
      ? { text: `${latestRating.ratingText} stars`, grade: gradeFromStars(latestRating.stars!) }
      : null,
    assumed: ['episode count: a diary does not say, set to 1'],
    extra: tags.length ? `Letterboxd tags: ${tags.join(', ')}` : null,
  };
}
