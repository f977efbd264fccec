import type { SearchField, SearchResult } from '../common/model';
import type { SearchDocument } from './documents';
import { findMatches, type MatchRange, segmentsOf, snippetOf } from './highlight';
import type { QueryWord } from './query';

type HitText = Pick<SearchResult, 'matchedIn' | 'titleSegments' | 'nativeTitleSegments' | 'snippet'>;

/** Body fields in the order a tie is settled: the review reads best, then the cast line, then notes. */
const SNIPPET_FIELDS = ['review', 'cast', 'notes'] as const;

interface Candidate {
  field: SearchField;
  text: string;
  ranges: MatchRange[];
  distinctWords: number;
}

/** Marks the query words in a drama's titles and picks the best stretch of its other text. */
export function describeHit(doc: SearchDocument, words: readonly QueryWord[]): HitText {
  const titleRanges = findMatches(doc.title, words);
  const nativeRanges = findMatches(doc.nativeTitle, words);
  const matched = new Set<SearchField>();
  if (titleRanges.length) matched.add('title');
  if (nativeRanges.length) matched.add('nativeTitle');

  let best: Candidate | null = null;
  for (const field of SNIPPET_FIELDS) {
    for (const text of doc[field]) {
      const ranges = findMatches(text, words);
      if (!ranges.length) continue;
      matched.add(field);
      const distinctWords = new Set(ranges.map((r) => r.word)).size;
      if (!best || distinctWords > best.distinctWords) best = { field, text, ranges, distinctWords };
      if (distinctWords === words.length) break;
    }
  }

  const order: SearchField[] = ['title', 'nativeTitle', 'review', 'notes', 'cast'];
  return {
    matchedIn: order.filter((f) => matched.has(f)),
    titleSegments: segmentsOf(doc.title, titleRanges),
    nativeTitleSegments: segmentsOf(doc.nativeTitle, nativeRanges),
    snippet: best ? { field: best.field, segments: snippetOf(best.text, best.ranges) } : null,
  };
}
