import { expect, test } from 'vitest';
import { formatCalendarDay } from '../../../src-main/core/common/dates';

test('a day is written with the release line’s AP-style months, in the app and on the site alike', () => {
  expect(formatCalendarDay('2025-01-20')).toBe('Jan. 20, 2025');
  expect(formatCalendarDay('2025-05-03')).toBe('May 3, 2025');
  expect(formatCalendarDay('2024-09-09')).toBe('Sept. 9, 2024');
  expect(formatCalendarDay('2023-12-31')).toBe('Dec. 31, 2023');
});

test('anything that is not a calendar day is left as it is', () => {
  expect(formatCalendarDay('2025-13-01')).toBe('2025-13-01');
  expect(formatCalendarDay('soon')).toBe('soon');
});
