import { expect, test } from 'vitest';
import { parseHouseReview } from '../../../src-main/core/common/house-format/parse';
import { serializeHouseReview } from '../../../src-main/core/common/house-format/serialize';
import { readFixture, readReference } from '../../fixtures/fixtures';

test('the reference review is written back byte for byte', () => {
  const text = readReference();
  expect(serializeHouseReview(parseHouseReview(text))).toBe(text);
});

test('a fixture laid out the house way is written back byte for byte', () => {
  const text = readFixture('winter-letters.txt');
  expect(serializeHouseReview(parseHouseReview(text))).toBe(text);
});

test('a file in another layout comes back in the house layout, with the same review in it', () => {
  const messy = `\uFEFF${readFixture('night-market.txt').replace('(May 2021)', '(May. 2021)').split('\n').join('\r\n')}  \r\n`;
  const parsed = parseHouseReview(messy);
  const written = serializeHouseReview(parsed);
  expect(written).not.toContain('\r');
  expect(written).toContain('KBS2 (May 2021) 1 Episode');
  const { pictureSlots: _slots, ...again } = parseHouseReview(written);
  const { pictureSlots: _original, ...review } = parsed;
  expect(again).toEqual(review);
});

test('pictures placed by the editor become runs of blank lines where they stand', () => {
  const { pictureSlots: _none, siteTitle: _banner, ...review } = parseHouseReview(readFixture('night-market.txt'));
  const text = serializeHouseReview(review, {
    pictures: [
      { section: 'intro', afterParagraph: 1 },
      { section: 'story', afterParagraph: 2 },
    ],
  });
  expect(text.startsWith('Night Market Detective\n')).toBe(true);
  expect(parseHouseReview(text).pictureSlots).toEqual([
    { section: 'intro', afterParagraph: 1, blankLines: 3 },
    { section: 'story', afterParagraph: 2, blankLines: 3 },
  ]);
});
