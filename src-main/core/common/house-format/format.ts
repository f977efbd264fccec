/**
 * The house format's fixed wording, shared by the React view, the plain-text
 * serialiser, the parser and the site export, so every output spells a review
 * the same way. Pure functions only: this file also runs in the renderer.
 */
import type { Grade, Reviewer, YearMonth } from '../model';

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

/** `Dec. 2023` */
export function formatMonthYear(aired: YearMonth): string {
  return `${MONTH_ABBREVIATIONS[aired.month - 1]} ${aired.year}`;
}

/** `1 Episode`, `16 Episodes` */
export function formatEpisodes(episodes: number): string {
  return `${episodes} ${episodes === 1 ? 'Episode' : 'Episodes'}`;
}

/** `Disney+ / Hulu (Dec. 2023) 6 Episodes` */
export function formatReleaseLine(release: { platforms: readonly string[]; aired: YearMonth; episodes: number }): string {
  return `${release.platforms.join(' / ')} (${formatMonthYear(release.aired)}) ${formatEpisodes(release.episodes)}`;
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
