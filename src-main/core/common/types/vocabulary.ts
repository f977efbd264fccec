/** The words every part of the journal shares: grades, watch statuses, review states, themes, air dates. */

export const GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export const WATCH_STATUSES = ['plan-to-watch', 'watching', 'on-hold', 'dropped', 'completed'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export const WATCH_STATUS_LABELS: Record<WatchStatus, string> = {
  'plan-to-watch': 'Plan to watch',
  watching: 'Watching',
  'on-hold': 'On hold',
  dropped: 'Dropped',
  completed: 'Completed',
};

export const REVIEW_STATES = ['draft', 'final'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The air years the journal accepts; the forms and filters offer the same range. */
export const AIRED_YEARS = { min: 1900, max: 2100 } as const;

export interface YearMonth {
  year: number;
  /** 1 = January … 12 = December */
  month: number;
}

/**
 * When a drama first aired, as far as the user knows it: either may be null (not known yet),
 * and a month is known only with its year. A published review needs both (publish-rules.ts).
 */
export interface AiredDate {
  year: number | null;
  /** 1 = January … 12 = December */
  month: number | null;
}

/** Dates the user watched on are calendar days, written `YYYY-MM-DD`. */
export type CalendarDate = string;
