import { describe, expect, test } from 'vitest';
import type { DramaSummary } from '../../../../../src-main/core/common/model';
import { homeSections, RECENT_COUNT } from '../../../../../src-renderer/features/home/home-sections';

function row(id: number, change: Partial<DramaSummary>): DramaSummary {
  return {
    id,
    title: `Drama ${id}`,
    nativeTitle: '드라마',
    platforms: [],
    aired: { year: 2024, month: 1 },
    episodes: 16,
    genres: [],
    status: 'plan-to-watch',
    episodesWatched: 0,
    finishedOn: null,
    grade: null,
    reviewState: null,
    ...change,
  };
}

describe('what the home screen lists', () => {
  test('dramas being watched, reviews in draft, and finished dramas, each in the order the library query gave', () => {
    const dramas = [
      row(1, { status: 'completed', finishedOn: '2026-03-01', reviewState: 'final' }),
      row(2, { status: 'completed', finishedOn: '2026-02-01', reviewState: 'draft' }),
      row(3, { status: 'watching', episodesWatched: 4 }),
      row(4, { status: 'completed', finishedOn: null }),
      row(5, { status: 'on-hold', reviewState: 'draft' }),
      row(6, { status: 'plan-to-watch' }),
    ];
    const sections = homeSections(dramas);
    expect(sections.watching.map((d) => d.id)).toEqual([3]);
    expect(sections.drafts.map((d) => d.id)).toEqual([2, 5]);
    // Completed without a finish date has no place among the recent ones.
    expect(sections.recentlyFinished.map((d) => d.id)).toEqual([1, 2]);
  });

  test('only the most recent few finished dramas are shown', () => {
    const dramas = Array.from({ length: RECENT_COUNT + 3 }, (_, i) => row(i + 1, { status: 'completed', finishedOn: `2026-01-${String(20 - i).padStart(2, '0')}` }));
    expect(homeSections(dramas).recentlyFinished.map((d) => d.id)).toEqual(dramas.slice(0, RECENT_COUNT).map((d) => d.id));
  });
});
