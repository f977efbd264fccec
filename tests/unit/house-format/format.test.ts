import { expect, test } from 'vitest';
import {
  MONTH_ABBREVIATIONS,
  formatByline,
  formatEpisodes,
  formatGenreLine,
  formatMonthYear,
  formatReleaseLine,
} from '../../../src-main/core/common/house-format/format';
import { parseMonthYear } from '../../../src-main/core/common/house-format/parse';

test('the release line is written as the reference writes it', () => {
  expect(formatReleaseLine({ platforms: ['Disney+', 'Hulu'], aired: { year: 2023, month: 12 }, episodes: 6 })).toBe(
    'Disney+ / Hulu (Dec. 2023) 6 Episodes',
  );
  expect(formatReleaseLine({ platforms: ['KBS2'], aired: { year: 2021, month: 5 }, episodes: 1 })).toBe('KBS2 (May 2021) 1 Episode');
  expect(formatEpisodes(16)).toBe('16 Episodes');
});

test('one table of month names: short months whole, September as Sept., the rest abbreviated with a period', () => {
  expect(MONTH_ABBREVIATIONS).toEqual(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
  for (let month = 1; month <= 12; month += 1) {
    // Whatever we write, the import reads back.
    expect(parseMonthYear(formatMonthYear({ year: 2020, month }))).toEqual({ year: 2020, month });
  }
});

test('genre line with the grade, and a draft without a grade', () => {
  expect(formatGenreLine(['Romance', 'Music'], 'B+')).toBe('Romance, Music, Grade: B+');
  expect(formatGenreLine(['Thriller'], null)).toBe('Thriller');
});

test('byline with and without a location', () => {
  expect(formatByline({ name: 'Jill', location: 'USA' })).toBe('Korean Drama Review by Jill, USA');
  expect(formatByline({ name: 'Jill', location: '' })).toBe('Korean Drama Review by Jill');
});
