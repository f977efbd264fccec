import type { PublicDrama } from '../dramas/public-json';
import type { CastRole, Settings } from '../model';

export const DUMP_FORMAT = 'dramalog-journal';
export const DUMP_VERSION = 1;

/**
 * The whole journal as one JSON file (`dramalog dump`, File > Export Journal…).
 * Each drama is the public shape `dramalog show --json` prints, plus what a
 * lossless restore needs: times, episode length, cast, pictures. Keys always come
 * in the same order and dramas, notes and cast in journal order, so the same
 * journal dumps to the same bytes.
 */
export interface JournalDump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  /** Only when asked for: a stamp would make two dumps of one journal differ. */
  exportedAt?: string;
  settings: Settings;
  dramas: DumpDrama[];
}

export interface DumpDrama extends Omit<PublicDrama, 'review'> {
  review: DumpReview | null;
  episodeMinutes: number;
  cast: DumpCastMember[];
  pictures: DumpPicture[];
  createdAt: string;
  updatedAt: string;
}

export type DumpReview = NonNullable<PublicDrama['review']> & { createdAt: string; updatedAt: string };

/** A cast entry; its place in the list is its position. */
export interface DumpCastMember {
  actor: string;
  character: string | null;
  role: CastRole;
}

/**
 * A picture in a review, stored as a file beside the JSON: `file` is relative
 * to the JSON file's folder, with `/` separators, inside `<dump name>-pictures/`
 * (e.g. `journal-pictures/12/still-1.jpg`), never `..` or absolute. It sits after
 * paragraph `afterParagraph` (0-based) of `section`.
 * The journal does not store pictures yet, so dumps hold none and a dump that
 * has some is refused rather than loaded without them.
 */
export interface DumpPicture {
  file: string;
  section: 'intro' | 'story' | 'closing';
  afterParagraph: number;
  caption: string | null;
}
