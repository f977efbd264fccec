/**
 * The house format's fixed wording, shared by the React view, the plain-text
 * serialiser, the parser and the site export, so every output spells a review
 * the same way. Pure functions only: this file also runs in the renderer.
 */
import type { AiredDate, Grade, Reviewer } from '../model';

/**
 * Month names in the release line. The reference review writes `Dec. 2023`; we
 * follow the AP style that matches it: four-letter-or-shorter months are written
 * whole (May, June, July), the others abbreviated with a period, September as Sept.
 */
export const MONTH_ABBREVIATIONS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const STORY_HEADING = 'The Story:';
export const HOME_LINK_TEXT = 'HOME TO KOREAN DRAMA REVIEWS';
/** The reference draws the rule under the byline with nine tildes and the closing ones with ten. */
export const OPENING_RULE = '~~~~~~~~~';
export const CLOSING_RULE = '~~~~~~~~~~';
export const BYLINE_PREFIX = 'Korean Drama Review by ';

/** `Dec. 2023`; `2023` while the month is not known, and nothing while the year is not. */
export function formatMonthYear(aired: AiredDate): string {
  if (aired.year === null) return '';
  return aired.month === null ? String(aired.year) : `${MONTH_ABBREVIATIONS[aired.month - 1]} ${aired.year}`;
}

/** `1 Episode`, `16 Episodes` */
export function formatEpisodes(episodes: number): string {
  return `${episodes} ${episodes === 1 ? 'Episode' : 'Episodes'}`;
}

/**
 * `Disney+ / Hulu (Dec. 2023) 6 Episodes`. A draft's preview may lack some parts (not known
 * yet): they are left out, with no empty brackets; a published review has them all.
 */
export function formatReleaseLine(release: { platforms: readonly string[]; aired: AiredDate; episodes: number | null }): string {
  const aired = formatMonthYear(release.aired);
  return [release.platforms.join(' / '), aired && `(${aired})`, release.episodes === null ? '' : formatEpisodes(release.episodes)]
    .filter(Boolean)
    .join(' ');
}

/** `Grade: B+` */
export function formatGrade(grade: Grade): string {
  return `Grade: ${grade}`;
}

/** `Romance, Music, Grade: B+`; a draft without a grade shows its genres alone. */
export function formatGenreLine(genres: readonly string[], grade: Grade | null): string {
  return [...genres, ...(grade ? [formatGrade(grade)] : [])].join(', ');
}

/** `Korean Drama Review by Jill, USA`; without a location, `Korean Drama Review by Jill`. */
export function formatByline(reviewer: Reviewer): string {
  return `${BYLINE_PREFIX}${reviewer.name}${reviewer.location ? `, ${reviewer.location}` : ''}`;
}
