import { expect, test } from 'vitest';
import { replaceLabel, replacementSentence } from '../../../../../src-renderer/features/import/replacement-words';

test('the notice names each change, with the old and new grade', () => {
  expect(
    replacementSentence({ dramaId: 1, changes: [{ part: 'grade', from: 'B+', to: 'A-' }, { part: 'story' }, { part: 'closing' }], overwritesReview: true }),
  ).toBe('Replacing it changes the grade (B+ → A-), the story and the closing.');
  expect(replacementSentence({ dramaId: 1, changes: [{ part: 'genres' }], overwritesReview: false })).toBe('Replacing it changes the genres.');
  expect(replacementSentence({ dramaId: 1, changes: [], overwritesReview: false })).toBe('The text matches what your journal holds: replacing changes nothing.');
});

test('the button says when the user’s own review is overwritten', () => {
  expect(replaceLabel({ dramaId: 1, changes: [{ part: 'grade', from: 'B', to: 'A' }], overwritesReview: true })).toBe('Replace my review');
  expect(replaceLabel({ dramaId: 1, changes: [{ part: 'genres' }], overwritesReview: false })).toBe('Replace');
});
