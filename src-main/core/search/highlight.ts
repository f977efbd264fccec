import type { TextSegment } from '../common/model';
import { type Atom, atomize, foldText } from './fold';
import type { QueryWord } from './query';

/** A matched stretch of a text, with the index of the query word it matches. */
export interface MatchRange {
  start: number;
  end: number;
  word: number;
}

/**
 * Where the query words occur in `text`, by the same rules the index uses:
 * latin words whole (the last one of a word as a prefix), CJK characters as
 * substrings of one run. `text` must be NFC.
 */
export function findMatches(text: string, words: readonly QueryWord[]): MatchRange[] {
  if (!text || !mightContain(text, words)) return [];
  const atoms = atomize(text);
  const ranges: MatchRange[] = [];
  words.forEach((word, index) => {
    const q = word.atoms;
    for (let i = 0; i + q.length <= atoms.length; i++) {
      if (matchesAt(atoms, i, word)) ranges.push({ start: atoms[i].start, end: atoms[i + q.length - 1].end, word: index });
    }
  });
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

function matchesAt(atoms: readonly Atom[], at: number, word: QueryWord): boolean {
  const q = word.atoms;
  for (let j = 0; j < q.length; j++) {
    const d = atoms[at + j];
    const want = q[j];
    if (d.kind !== want.kind) return false;
    if (want.kind === 'cjk') {
      if (d.folded !== want.folded) return false;
      if (j > 0 && q[j - 1].kind === 'cjk' && !d.joined) return false;
    } else if (j === q.length - 1 && word.prefix) {
      if (!d.folded.startsWith(want.folded)) return false;
    } else if (d.folded !== want.folded) {
      return false;
    }
  }
  return true;
}

/** A cheap first look so long paragraphs without any query word skip the full scan. */
function mightContain(text: string, words: readonly QueryWord[]): boolean {
  const folded = foldText(text);
  return words.some((word) => {
    const longest = word.atoms.reduce((best, atom) => (atom.folded.length > best.length ? atom.folded : best), '');
    return folded.includes(longest);
  });
}

/** The whole text as segments, matches marked. */
export function segmentsOf(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  return cut(text, 0, text.length, ranges);
}

const SNIPPET_LENGTH = 180;
const LEAD_IN = 60;

/**
 * A stretch of `text` around its first match, cut at word boundaries, with `…`
 * where text was left out.
 */
export function snippetOf(text: string, ranges: readonly MatchRange[], length = SNIPPET_LENGTH): TextSegment[] {
  if (text.length <= length || !ranges.length) {
    return text.length <= length ? segmentsOf(text, ranges) : cut(text, 0, wordEndBefore(text, length, 0), ranges, false, true);
  }
  const first = ranges[0];
  let start = Math.max(0, first.start - LEAD_IN);
  if (start > 0) start = wordStartAfter(text, start, first.start);
  let end = Math.min(text.length, Math.max(start + length, first.end));
  if (end < text.length) end = wordEndBefore(text, end, first.end);
  return cut(text, start, end, ranges, start > 0, end < text.length);
}

function wordStartAfter(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/u);
  return space < 0 ? from : from + space + 1;
}

function wordEndBefore(text: string, from: number, limit: number): number {
  for (let i = from; i > limit; i--) if (/\s/u.test(text[i])) return i;
  return from;
}

function cut(
  text: string,
  start: number,
  end: number,
  ranges: readonly MatchRange[],
  ellipsisBefore = false,
  ellipsisAfter = false,
): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  if (ellipsisBefore) push('…', false);
  let at = start;
  for (const range of ranges) {
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (to <= from) continue;
    push(text.slice(at, from), false);
    push(text.slice(from, to), true);
    at = to;
  }
  push(text.slice(at, end), false);
  if (ellipsisAfter) push('…', false);
  return segments;
}
