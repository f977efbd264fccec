import { expect, test } from 'vitest';
import { displayWidth, padEnd, padStart } from '../../../src-main/cli/format/text-width';

test.each([
  ['Moonlit Ferry', 13],
  ['달빛 나루', 9],
  ['응답하라 1988', 13],
  ['', 0],
  ['한', 2],
  ['\u1112\u1161\u11ab', 2], // 한 written as three Jamo: one wide syllable on screen
  ['e\u0301', 1], // e + combining acute
  ['日本', 4],
])('%j is %i columns wide', (text, width) => {
  expect(displayWidth(text)).toBe(width);
});

test('padding counts wide characters twice', () => {
  expect(padEnd('무빙', 6)).toBe('무빙  ');
  expect(padStart('무빙', 6)).toBe('  무빙');
  expect(padEnd('Moving', 3)).toBe('Moving');
});
