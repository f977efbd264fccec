import { expect, test } from 'vitest';
import { CAPTION, GAP, gridLayout, MIN_CARD } from '../../../../../src-renderer/features/covers/grid-layout';

test('the grid fits as many cards as the width allows, never narrower than the minimum, and fills the row exactly', () => {
  for (const width of [300, 358, 672, 976, 1600]) {
    const { columns, cardWidth } = gridLayout(width);
    expect(cardWidth).toBeGreaterThanOrEqual(MIN_CARD);
    expect(columns * cardWidth + (columns - 1) * GAP).toBeCloseTo(width);
    // One more column would make the cards too narrow.
    expect((width - GAP * columns) / (columns + 1)).toBeLessThan(MIN_CARD);
  }
  expect(gridLayout(358).columns).toBe(2); // a phone
  expect(gridLayout(976).columns).toBe(5); // the desktop window's content width
});

test('a row is a 2:3 poster, its caption and the gap tall; a very narrow width still shows one card', () => {
  expect(gridLayout(976).rowHeight).toBe(Math.round(gridLayout(976).cardWidth * 1.5 + CAPTION + GAP));
  expect(gridLayout(100)).toEqual({ columns: 1, cardWidth: 100, rowHeight: 150 + CAPTION + GAP });
});
