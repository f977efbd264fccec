/** Full-text search over the journal. */
import type { AiredDate, Grade, WatchStatus } from './vocabulary';

export const SEARCH_FIELDS = ['title', 'nativeTitle', 'review', 'notes', 'cast'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A piece of text to show, marked when it matched: the UI renders `match` pieces in <mark>, never as HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchQuery {
  text: string;
  /** How many results at most (default 20, at most 100). */
  limit?: number;
}

export interface SearchResult {
  dramaId: number;
  title: string;
  nativeTitle: string | null;
  grade: Grade | null;
  status: WatchStatus;
  aired: AiredDate;
  /** Every field that holds a query word, in SEARCH_FIELDS order. */
  matchedIn: SearchField[];
  titleSegments: TextSegment[];
  nativeTitleSegments: TextSegment[];
  /** The best-matching stretch of review text, notes or cast; null when only the titles matched. */
  snippet: { field: SearchField; segments: TextSegment[] } | null;
}
