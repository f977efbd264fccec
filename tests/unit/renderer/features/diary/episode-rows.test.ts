import { expect, test } from 'vitest';
import { episodeRows } from '../../../../../src-renderer/features/diary/episode-rows';

test('the log reads one row per episode, in episode order; a rewatched episode shows its latest watch and the days before', () => {
  const rows = episodeRows([
    { episode: 2, watchedOn: '2024-01-02', grade: 'B' },
    { episode: 1, watchedOn: '2024-01-03', grade: null },
    { episode: 1, watchedOn: '2025-06-01', grade: 'A' },
    { episode: 3, watchedOn: '2025-06-02', grade: null },
  ]);
  expect(rows).toEqual([
    { episode: 1, watchedOn: '2025-06-01', grade: 'A', earlier: ['2024-01-03'] },
    { episode: 2, watchedOn: '2024-01-02', grade: 'B', earlier: [] },
    { episode: 3, watchedOn: '2025-06-02', grade: null, earlier: [] },
  ]);
  expect(episodeRows([])).toEqual([]);
});
