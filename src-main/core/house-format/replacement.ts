/**
 * What importing a text over a drama already in the journal would change, as data for the
 * import dialog to put in words: the fields that differ (with the old and new value where
 * one is short enough to show) and whether the review's own text would be overwritten.
 */
import type { Drama } from '../common/model';
import type { ParsedReview } from '../common/house-format/model';

/** The parts of a drama and its review an import can change, in the order the dialog names them. */
export const REPLACED_PARTS = ['grade', 'intro', 'story', 'closing', 'reviewer', 'state', 'nativeTitle', 'platforms', 'episodes', 'genres', 'watch'] as const;
export type ReplacedPart = (typeof REPLACED_PARTS)[number];

/** The parts that are the user's review itself (what "Replace my review" overwrites). */
const REVIEW_PARTS: ReadonlySet<ReplacedPart> = new Set(['grade', 'intro', 'story', 'closing', 'reviewer']);

export interface ReplacedValue {
  part: ReplacedPart;
  /** The value now and after the import, for the parts shown as "B+ → A-" (grade, episodes, state). */
  from?: string;
  to?: string;
}

export interface Replacement {
  dramaId: number;
  /** What differs, in REPLACED_PARTS order; empty when the text matches the journal. */
  changes: ReplacedValue[];
  /** The journal holds a written review (a grade or text) that the import would change: replacing overwrites it. */
  overwritesReview: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function replacementOf(existing: Drama, parsed: ParsedReview): Replacement {
  const review = existing.review;
  const now: Record<ReplacedPart, unknown> = {
    grade: review?.grade ?? null,
    intro: review?.intro ?? [],
    story: review?.story ?? [],
    closing: review?.closing ?? [],
    reviewer: review ? review.reviewer : null,
    state: review?.state ?? null,
    nativeTitle: existing.nativeTitle,
    platforms: existing.platforms,
    episodes: existing.episodes,
    genres: existing.genres,
    watch: [existing.watch.status, existing.watch.episodesWatched],
  };
  // An import is a completed drama with its final review (see import.ts).
  const after: Record<ReplacedPart, unknown> = {
    grade: parsed.grade,
    intro: parsed.intro,
    story: parsed.story,
    closing: parsed.closing,
    reviewer: parsed.reviewer,
    state: 'final',
    nativeTitle: parsed.nativeTitle,
    platforms: parsed.platforms,
    episodes: parsed.episodes,
    genres: parsed.genres,
    watch: ['completed', parsed.episodes],
  };
  const shown = (part: ReplacedPart, value: unknown) => (part === 'grade' || part === 'episodes' || part === 'state') && value !== null;
  const changes = REPLACED_PARTS.filter((part) => !same(now[part], after[part])).map((part): ReplacedValue => {
    const change: ReplacedValue = { part };
    if (shown(part, now[part])) change.from = String(now[part]);
    if (shown(part, after[part])) change.to = String(after[part]);
    return change;
  });
  const written = review !== null && (review.grade !== null || [...review.intro, ...review.story, ...review.closing].some((p) => p.trim() !== ''));
  const reviewChanges = changes.some((c) => REVIEW_PARTS.has(c.part));
  return { dramaId: existing.id, changes, overwritesReview: written && reviewChanges };
}
