/**
 * Writes a review as house-format plain text, laid out as the reference review
 * is: banner and three blank lines, the five header lines, the rules, one blank
 * line between paragraphs and a longer run where a picture goes, and no newline
 * after the final rule. Reading the result back with `parseHouseReview` gives the
 * same review; for text laid out this way the round trip is exact.
 */
import {
  CLOSING_RULE,
  HOME_LINK_TEXT,
  OPENING_RULE,
  STORY_HEADING,
  formatByline,
  formatGenreLine,
  formatReleaseLine,
} from './format';
import type { HouseReview, ParagraphPosition, PictureSlot } from './model';
import type { CompleteRelease } from '../model';

/** Blank lines the reference leaves for a picture when no run length is known. */
export const PICTURE_BLANK_LINES = 3;
const BANNER_BLANK_LINES = 3;

export interface SerializeOptions {
  /** The banner above the title; none when omitted. */
  siteTitle?: string;
  /** Runs of blank lines to keep (from a parsed file). */
  pictureSlots?: readonly PictureSlot[];
  /** Pictures placed by the editor: each becomes a run of blank lines. */
  pictures?: readonly ParagraphPosition[];
}

const positionKey = (p: ParagraphPosition) => `${p.section}:${p.afterParagraph}`;

/**
 * A parsed review carries its banner and picture slots; pass it as is to write it back. The text
 * has every header line, so only a complete release can be written (publish-rules.ts says what is missing).
 */
export function serializeHouseReview(
  review: Omit<HouseReview, keyof CompleteRelease> & CompleteRelease & { siteTitle?: string; pictureSlots?: readonly PictureSlot[] },
  options: SerializeOptions = {},
): string {
  const siteTitle = options.siteTitle ?? review.siteTitle;
  const gaps = new Map<string, number>();
  for (const picture of options.pictures ?? []) gaps.set(positionKey(picture), PICTURE_BLANK_LINES);
  for (const slot of options.pictureSlots ?? review.pictureSlots ?? []) {
    gaps.set(positionKey(slot), Math.max(slot.blankLines, 2));
  }

  // Each body item with the positions that name the gap right after it.
  const items: { text: string; after: string[] }[] = [
    ...review.intro.map((text, i) => ({ text, after: [`intro:${i + 1}`] })),
    { text: STORY_HEADING, after: ['story:0'] },
    ...review.story.map((text, i) => ({
      text,
      after: i === review.story.length - 1 ? [`story:${i + 1}`, 'closing:0'] : [`story:${i + 1}`],
    })),
    ...review.closing.map((text, i) => ({ text, after: [`closing:${i + 1}`] })),
  ];

  const lines: string[] = [];
  if (siteTitle) lines.push(siteTitle, ...Array<string>(BANNER_BLANK_LINES).fill(''));
  lines.push(
    review.title,
    review.nativeTitle,
    formatReleaseLine(review),
    formatGenreLine(review.genres, review.grade),
    formatByline(review.reviewer),
    '',
    OPENING_RULE,
  );
  items.forEach((item, index) => {
    lines.push(item.text);
    if (index === items.length - 1) return;
    const blank = Math.max(1, ...item.after.map((key) => gaps.get(key) ?? 1));
    lines.push(...Array<string>(blank).fill(''));
  });
  lines.push(CLOSING_RULE, '', HOME_LINK_TEXT, '', CLOSING_RULE);
  return lines.join('\n');
}
