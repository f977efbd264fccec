import { expect, test } from 'vitest';
import { describeReview, firstSentence } from '../../../src-main/core/site/describe';

test('the description is the first sentence, abbreviations and initials aside', () => {
  expect(firstSentence('I loved it. Then I did not.')).toBe('I loved it.');
  expect(firstSentence('Mr. Sunshine and Dr. Romantic are classics! Really.')).toBe('Mr. Sunshine and Dr. Romantic are classics!');
  expect(firstSentence('Directed by J. Kim, it shines. Yes.')).toBe('Directed by J. Kim, it shines.');
  expect(firstSentence('She says “Go!” Then leaves.')).toBe('She says “Go!”');
  expect(firstSentence('No full stop here')).toBe('No full stop here');
});

test('a very long first sentence is cut at a word, with an ellipsis', () => {
  const long = `${'word '.repeat(100)}end.`;
  const cut = firstSentence(long);
  expect(cut.length).toBeLessThanOrEqual(300);
  expect(cut.endsWith('word…')).toBe(true);
});

test('a review without an intro is described by its story', () => {
  expect(describeReview({ intro: [], story: ['The plot begins. More.'], closing: [] })).toBe('The plot begins.');
});
