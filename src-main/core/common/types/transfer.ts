/** Importing from other trackers (Letterboxd, MyDramaList). */
import type { DramaCreateInput } from './dramas';
import type { Viewing } from './diary';
import type { Grade } from './vocabulary';

export const TRACKER_KINDS = ['letterboxd', 'mydramalist'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export interface TrackerImportInput {
  text: string;
  /** Which tracker wrote the file; recognised from its header when left out or `auto`. */
  kind?: TrackerKind | 'auto';
}

/** One drama the import would create. */
export interface TrackerImportRow {
  /** The file line the row starts on (1 = the header). */
  line: number;
  drama: DramaCreateInput;
  grade: Grade | null;
  /** The rating as the file wrote it, e.g. `4.5 stars` or `8.5/10`. */
  rating: string | null;
  /** Fields Dramalog needs that the file does not hold, and what was put there instead. */
  assumed: string[];
  /** Lines of the file merged into this row (rewatches of the same drama). */
  mergedLines: number[];
  /** Each viewing, a diary entry of its own (a Letterboxd diary); null for a list without viewings. */
  viewings: Viewing[] | null;
  /** The private note saved with the drama: where it came from and what to fill in. */
  note: string;
}

export interface TrackerImportPreview {
  kind: TrackerKind;
  /** How ratings become grades, in words. */
  ratingRule: string;
  rows: TrackerImportRow[];
  skipped: { line: number; reason: string }[];
}

export interface TrackerImportReport extends TrackerImportPreview {
  imported: { line: number; dramaId: number; title: string }[];
}
