/**
 * Inputs that made the readers quadratic (runs of tens of thousands of spaces,
 * digits or opening quotes): each is read to the right answer. How fast lives in
 * `npm run bench` (scripts/bench-parse.ts); a test only checks what comes back.
 */
import { describe, expect, test } from 'vitest';
import { ParseError, parseHouseReview } from '../../../src-main/core/common/house-format/parse';
import { isReviewerVoice } from '../../../src-main/core/common/house-format/voice';
import { readReference } from '../../fixtures/fixtures';

const RUN = 40_000;
const spaces = ' '.repeat(RUN);

/** The reference review with its 1-based line `n` replaced. */
function referenceWith(n: number, text: string): string {
  const lines = readReference().split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

function refusal(text: string): ParseError {
  try {
    parseHouseReview(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('the text was accepted');
}

describe('runs of spaces in the header', () => {
  test('a release line with 40,000 spaces between the platform and the date', () => {
    const review = parseHouseReview(referenceWith(7, `Disney+${spaces}(Dec. 2023)${spaces}6${spaces}Episodes${spaces}`));
    expect(review).toMatchObject({ platforms: ['Disney+'], aired: { year: 2023, month: 12 }, episodes: 6 });
  });

  test('a release line with 40,000 spaces and no date is refused on its line', () => {
    expect(refusal(referenceWith(7, `Disney+${spaces}6 Episodes`)).line).toBe(7);
    expect(refusal(referenceWith(7, `Disney+ ${'1'.repeat(RUN)}`)).line).toBe(7);
  });

  test('a genre line with 40,000 spaces between the genres and before the grade', () => {
    const review = parseHouseReview(referenceWith(8, `Romance,${spaces}Music,${spaces}Grade:${spaces}B+`));
    expect(review).toMatchObject({ genres: ['Romance', 'Music'], grade: 'B+' });
  });

  test('a genre line of spaces with no grade is refused on its line', () => {
    expect(refusal(referenceWith(8, `Romance${spaces}Music`)).problem).toMatch(/^expected "Genre, Genre, Grade: X"/);
  });

  test('the genre list ends at the first "Grade:", a comma and spaces before it dropped', () => {
    expect(parseHouseReview(referenceWith(8, 'Romance , grade:  a-'))).toMatchObject({ genres: ['Romance'], grade: 'A-' });
    expect(refusal(referenceWith(8, 'Romance, Grade: B, Grade: A')).problem).toMatch(/is not a grade/);
  });
});

describe('runs in the body', () => {
  test('a paragraph line with 19,000 spaces inside keeps them, and trailing spaces go', () => {
    const line = `She waits.${' '.repeat(19_000)}He comes.`;
    const text = readReference().replace('The Story:\n', `The Story:\n\n${line}${spaces}\n`);
    expect(parseHouseReview(text).story[0]).toBe(line);
  });

  test('19,000 opening quotes that never close are the reviewer’s own words, not a quotation', () => {
    expect(isReviewerVoice(`${'“'.repeat(19_000)} I loved it.`)).toBe(true);
    expect(isReviewerVoice(`${'„'.repeat(19_000)}I loved it“ he said.`)).toBe(false);
    expect(isReviewerVoice(`${'"'.repeat(19_001)} I loved it.`)).toBe(true);
    expect(isReviewerVoice('He says "I love you" and “my dear” and leaves.')).toBe(false);
  });
});
