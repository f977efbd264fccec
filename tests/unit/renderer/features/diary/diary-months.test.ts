import { expect, test } from 'vitest';
import type { DiaryListing } from '../../../../../src-main/core/common/model';
import { entriesOfYear, firstMonths, monthsOf, today, watchDates, yearsOf } from '../../../../../src-renderer/features/diary/diary-months';

let next = 1;
function entry(finishedOn: string | null, change: Partial<DiaryListing> = {}): DiaryListing {
  const id = next++;
  return { id, dramaId: id, title: `Drama ${id}`, nativeTitle: '드라마', grade: null, startedOn: null, finishedOn, status: 'completed', rewatch: false, note: null, ...change };
}

// In the core's order: newest first, undated last.
const diary = [
  entry('2026-01-10', { rewatch: true }),
  entry(null, { status: 'watching', startedOn: '2025-12-28' }),
  entry('2025-12-03'),
  entry('2025-02-20'),
  entry('2025-02-14'),
  entry('2024-05-02'),
  entry(null),
];

test('entries are grouped by month in the core’s order, an unfinished watch by the day it started, undated ones last', () => {
  const months = monthsOf(diary);
  expect(months.map((m) => [m.key, m.entries.length])).toEqual([
    ['2026-01', 1],
    ['2025-12', 2],
    ['2025-02', 2],
    ['2024-05', 1],
    ['undated', 1],
  ]);
  expect(months[0]!.label).toMatch(/2026/);
  expect(months[0]!.label).toMatch(/Jan/);
  expect(months.at(-1)!.label).toBe('Undated');
});

test('the year filter offers only years that have entries, newest first, and keeps only that year’s', () => {
  expect(yearsOf(diary)).toEqual([
    { year: 2026, count: 1 },
    { year: 2025, count: 4 },
    { year: 2024, count: 1 },
  ]);
  expect(entriesOfYear(diary, 2025).map((e) => e.finishedOn ?? e.startedOn)).toEqual(['2025-12-28', '2025-12-03', '2025-02-20', '2025-02-14']);
  expect(entriesOfYear(diary, null)).toHaveLength(diary.length);
});

test('a page is whole months: the newest months until they hold the entries asked for', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => entry(`20${String(25 - Math.floor(i / 400)).padStart(2, '0')}-${String(12 - (Math.floor(i / 35) % 12)).padStart(2, '0')}-01`));
  const months = monthsOf(many);
  const page = firstMonths(months, 60);
  const drawn = page.reduce((n, m) => n + m.entries.length, 0);
  expect(drawn).toBeGreaterThanOrEqual(60);
  expect(drawn).toBeLessThan(60 + 35);
  expect(page).toEqual(months.slice(0, page.length));
  expect(firstMonths(months, 1_000_000)).toHaveLength(months.length);
});

test('a watch’s days read as a range, a finish, a start, or no date', () => {
  expect(watchDates({ startedOn: '2025-03-01', finishedOn: '2025-03-14' })).toBe('Mar. 1, 2025 – Mar. 14, 2025');
  expect(watchDates({ startedOn: null, finishedOn: '2025-03-14' })).toBe('Finished Mar. 14, 2025');
  expect(watchDates({ startedOn: '2025-03-01', finishedOn: null })).toBe('Started Mar. 1, 2025');
  expect(watchDates({ startedOn: null, finishedOn: null })).toBe('No date');
  expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
});
