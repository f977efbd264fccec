/**
 * What the house format is made of, independent of where a review comes from
 * (the journal, a pasted text file) or where it goes (the preview, a page, a file).
 * Types and pure helpers only: this file also runs in the renderer.
 */
import type { CompleteRelease, DramaRelease, Grade, ReviewSection, ReviewWords } from '../model';

/** Everything one house-format page shows, top to bottom, apart from the site banner. */
export interface HouseReview extends DramaRelease, ReviewWords {}

/**
 * A place between paragraphs. `afterParagraph` counts the paragraphs of
 * `section` that come before it: 0 is the start of the section (for the story,
 * just under `The Story:`), `section.length` its end.
 */
export interface ParagraphPosition {
  section: ReviewSection;
  afterParagraph: number;
}

/** A picture in a review. `src` is whatever the caller's resolver understands (a file path, a URL). */
export interface ReviewPicture extends ParagraphPosition {
  src: string;
  alt: string;
  /** The picture made for the web (the exported site): drawn as `<picture>` instead of `src`. */
  web?: WebImage;
}

/**
 * A picture made for the web: the same picture at a few widths, each as WebP and
 * in a format every browser reads (the original's). Paths are relative to the
 * page showing it. `width` and `height` are the largest size's, so the page
 * keeps the picture's room while it loads.
 */
export interface WebImage {
  width: number;
  height: number;
  /** Smallest first. `webp` is null where the fallback is WebP already. */
  files: { width: number; webp: string | null; fallback: string }[];
  /** Below the fold: the browser loads it only as the reader nears it. */
  lazy: boolean;
}

/**
 * Where a plain-text review leaves room for a picture: a run of two or more
 * blank lines. `blankLines` keeps the run's length so the text can be written back as it was.
 */
export interface PictureSlot extends ParagraphPosition {
  blankLines: number;
}

/** A house-format text file, read: its header always has every part. */
export interface ParsedReview extends Omit<HouseReview, keyof CompleteRelease>, CompleteRelease {
  grade: Grade;
  /** The banner line above the title, when the file has one. */
  siteTitle?: string;
  pictureSlots: PictureSlot[];
}

/** A piece of paragraph text, plain or linking somewhere (another review, an actor). */
export type TextRun = string | { text: string; href: string };

/** Splits a paragraph into runs; the preview passes none, the export links other reviews. */
export type TextLinker = (paragraph: string) => TextRun[];
