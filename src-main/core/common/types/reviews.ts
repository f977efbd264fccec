/** A review: its words, its pictures and its revisions. */
import type { Grade, ReviewState } from './vocabulary';

export interface Reviewer {
  name: string;
  location: string;
}

/** A review's words: its grade, who wrote it, and its three parts. */
export interface ReviewWords {
  /** null only for a draft that has no grade yet. */
  grade: Grade | null;
  reviewer: Reviewer;
  intro: string[];
  story: string[];
  closing: string[];
}

export interface Review extends ReviewWords {
  /** Pictures between paragraphs, files in the journal's media folder. */
  pictures: StoredPicture[];
  state: ReviewState;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewSaveInput extends ReviewWords {
  dramaId: number;
  /** Left out: the review keeps the pictures it has (none for a new review). */
  pictures?: StoredPicture[];
  state: ReviewState;
  /**
   * The stored review's `updatedAt` this text was written over (null: there was no review).
   * When given and the review has been saved since (from another window, tab or the CLI),
   * the save is refused with `conflict` and nothing changes.
   */
  baseUpdatedAt?: string | null;
  /** Keep this save as a revision of its own, never merged into the newest one (saving over someone else's text). */
  separateRevision?: boolean;
}

export const REVIEW_SECTIONS = ['intro', 'story', 'closing'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

/**
 * A picture placed in a review. `file` names a file in the journal's own media
 * folder (content-addressed, so the picture outlives the file it was chosen from);
 * `afterParagraph` counts the paragraphs of `section` before it (0 = the section's start).
 */
export interface StoredPicture {
  file: string;
  /** What the picture shows, for readers who cannot see it; required before a review is final. */
  alt: string;
  section: ReviewSection;
  afterParagraph: number;
}

export interface PictureAddInput {
  dramaId: number;
  section: ReviewSection;
  afterParagraph: number;
}

/** The text of a review at one moment: what a revision keeps and what restoring brings back. */
export interface ReviewContent extends ReviewWords {
  pictures: StoredPicture[];
}

export interface RevisionSummary {
  id: number;
  dramaId: number;
  /** When this revision was last written (autosaves within a minute update one revision). */
  savedAt: string;
  words: number;
  /** The start of the review's text, to recognise the revision by. */
  preview: string;
  /** The revision this one brought back, when it was made by restoring. */
  restoredFrom: number | null;
  /** What changed since the revision before it (for the first one, against an empty review). */
  changes: RevisionChanges;
}

/** What one version of a review changed compared with the version before it. */
export interface RevisionChanges {
  /** True for a review's first version: there is nothing before it to compare with. */
  first: boolean;
  /** Set only when the grade changed. */
  grade: { from: Grade | null; to: Grade | null } | null;
  wordsAdded: number;
  wordsRemoved: number;
  /** The parts whose text or pictures changed, in reading order. */
  sections: ReviewSection[];
  /** The reviewer's name or location changed. */
  reviewer: boolean;
  /** The start of the first text added (or, when none was, removed), to recognise the version by; null when no words changed. */
  excerpt: { kind: 'added' | 'removed'; text: string } | null;
}

export interface Revision extends RevisionSummary {
  content: ReviewContent;
}
