/**
 * The three list pages' content: every exported review grouped A–Z, by grade
 * and by air year. Ordering uses plain code-unit comparison rather than the
 * platform's collation, so the same journal gives the same bytes on every machine.
 */
import { formatReleaseLine } from '../common/house-format/format';
import { GRADES } from '../common/model';
import type { ListEntry, ListGroup, ListPageName } from './pages/ListPage';
import type { ListedDrama } from './read-journal';

interface Listed {
  drama: ListedDrama;
  entry: ListEntry;
  sortKey: string;
}

/** A reviewed drama as a list entry linking to `href`; `note` is a line under it (an actor's part, a finish date). */
export function listEntryOf(drama: ListedDrama, href: string, note?: string): ListEntry {
  const entry: ListEntry = {
    title: drama.title,
    nativeTitle: drama.nativeTitle,
    releaseLine: formatReleaseLine(drama),
    grade: drama.grade,
    href,
    draft: drama.state === 'draft',
  };
  if (note !== undefined) entry.note = note;
  return entry;
}

function byTitle(a: Listed, b: Listed): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.drama.id - b.drama.id;
}

/** `A`…`Z` for Latin titles (accents aside), `#` for the rest (digits, Hangul). */
export function letterOf(title: string): string {
  const start = title.trimStart().charAt(0);
  // Most titles start with an ASCII character, which decomposing would leave as it is.
  const first = start < '\x80' ? start.toUpperCase() : title.normalize('NFKD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The A–Z groups' order: `#` (digits, Hangul) last. */
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** An A–Z group's fragment id and heading: `letter-a` and `A`, `letter-other` and `#`. */
export const letterGroup = (letter: string) => (letter === '#' ? { id: 'letter-other', label: '#' } : { id: `letter-${letter.toLowerCase()}`, label: letter });

/** `A+` → `grade-a-plus`, `B-` → `grade-b-minus`. */
const gradeId = (grade: string) => `grade-${grade.toLowerCase().replace(/-$/, '-minus').replace(/\+$/, '-plus')}`;

function group<K extends string | number>(
  listed: Listed[],
  keyOf: (item: Listed) => K,
  order: K[],
  describe: (key: K) => { id: string; label: string },
): ListGroup[] {
  const buckets = new Map<K, ListEntry[]>();
  for (const item of listed) {
    const key = keyOf(item);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item.entry);
    else buckets.set(key, [item.entry]);
  }
  return order.filter((key) => buckets.has(key)).map((key) => ({ ...describe(key), entries: buckets.get(key)! }));
}

/** The groups of each list page, given the exported reviews and their page addresses. */
export function buildLists(dramas: readonly ListedDrama[], hrefOf: (drama: ListedDrama) => string): Record<ListPageName, ListGroup[]> {
  const listed: Listed[] = dramas
    .map((drama) => ({ drama, sortKey: drama.title.toLowerCase(), entry: listEntryOf(drama, hrefOf(drama)) }))
    .sort(byTitle);

  const years = [...new Set(dramas.map((d) => d.aired.year))].sort((a, b) => b - a);
  return {
    'index.html': group(listed, (item) => letterOf(item.drama.title), LETTERS, letterGroup),
    'by-grade.html': group(listed, (item) => item.drama.grade ?? 'none', [...GRADES, 'none'], (grade) =>
      grade === 'none' ? { id: 'grade-none', label: 'No grade yet' } : { id: gradeId(grade), label: `Grade: ${grade}` },
    ),
    'by-year.html': group(listed, (item) => item.drama.aired.year, years, (year) => ({ id: `year-${year}`, label: String(year) })),
  };
}
