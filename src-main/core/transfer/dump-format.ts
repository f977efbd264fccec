import type { PublicDrama } from '../dramas/public-json';
import type { CastRole, Grade, ReviewSection, Reviewer, Settings } from '../common/model';

export const DUMP_FORMAT = 'dramalog-journal';
export const DUMP_VERSION = 1;

/**
 * The whole journal as one JSON file (`dramalog dump`, File > Export Journal…).
 * Each drama is the public shape `dramalog show --json` prints, plus what a
 * lossless restore needs: times, episode length, cast, the review's pictures,
 * its revision history and the cover. Pictures are files in a folder beside the JSON, named
 * after it (`journal.json` → `journal-pictures/`). Keys always come in the same
 * order and dramas, notes, cast and revisions in journal order, so the same
 * journal dumps to the same bytes.
 */
export interface JournalDump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  /** Only when asked for: a stamp would make two dumps of one journal differ. */
  exportedAt?: string;
  settings: Settings;
  dramas: DumpDrama[];
  /** The user's lists, in id order. A dump from before lists has none. */
  lists: DumpList[];
}

/** One of the user's lists: its dramas by id, in the user's order, each with its note. */
export interface DumpList {
  id: number;
  name: string;
  description: string;
  public: boolean;
  items: { dramaId: number; note: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface DumpDrama extends Omit<PublicDrama, 'review'> {
  review: DumpReview | null;
  episodeMinutes: number;
  cast: DumpCastMember[];
  /** Every saved version of the review, oldest first; kept when the review itself was deleted. */
  revisions: DumpRevision[];
  createdAt: string;
  updatedAt: string;
  /** The drama's cover, or null; last, so the long picture data comes after everything a reader looks at. Dumps from before covers have none. */
  cover: DumpCover | null;
}

/**
 * A drama's cover: the picture as the user gave it, inside the JSON (base64),
 * so a dump carries its covers even as one uploaded file. Its sizes for the
 * screen are made again on load, by the code that makes them for any new cover.
 */
export interface DumpCover {
  /** The picture's media type: `image/png`, `image/jpeg`, … */
  type: string;
  /** The picture's length in bytes: a copy cut short is refused on load. */
  size: number;
  /** When it became the cover. */
  addedAt: string;
  /** The picture's bytes, base64. */
  data: string;
}

export type DumpReview = NonNullable<PublicDrama['review']> & {
  pictures: DumpPicture[];
  createdAt: string;
  updatedAt: string;
};

/** A cast entry; its place in the list is its position. */
export interface DumpCastMember {
  actor: string;
  character: string | null;
  role: CastRole;
}

/**
 * A picture in a review. `file` is relative to the JSON file's folder, written
 * with `/`: `journal-pictures/<sha-256>.jpg`, the name the journal keeps it under.
 * It sits after paragraph `afterParagraph` of `section` (0 = the section's start).
 */
export interface DumpPicture {
  file: string;
  alt: string;
  section: ReviewSection;
  afterParagraph: number;
}

export interface DumpRevision {
  id: number;
  startedAt: string;
  savedAt: string;
  /** The revision this one brought back, when it was made by restoring. */
  restoredFrom: number | null;
  content: {
    grade: Grade | null;
    reviewer: Reviewer;
    intro: string[];
    story: string[];
    closing: string[];
    pictures: DumpPicture[];
  };
}

/** The pictures folder beside a dump file: `journal.json` → `journal-pictures`. */
export function picturesFolderFor(dumpFileName: string): string {
  return `${dumpFileName.replace(/\.json$/i, '') || 'journal'}-pictures`;
}
