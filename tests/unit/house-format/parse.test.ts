import { describe, expect, test } from 'vitest';
import { ParseError, parseHouseReview, parseMonthYear } from '../../../src-main/core/common/house-format/parse';
import { readFixture, readReference } from '../../fixtures/fixtures';

/** The reference's lines, numbered as an editor shows them. */
const referenceLines = () => readReference().split('\n');

/** The reference with its 1-based line `n` replaced (or removed with `null`). */
function referenceWith(n: number, text: string | null): string {
  const lines = referenceLines();
  if (text === null) lines.splice(n - 1, 1);
  else lines[n - 1] = text;
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

describe('the reference review', () => {
  const review = parseHouseReview(readReference());

  test('every header field is recovered exactly', () => {
    expect(review.siteTitle).toBe('KDRAMALOVE KOREAN DRAMA REVIEWS');
    expect(review.title).toBe('Soundtrack #2');
    expect(review.nativeTitle).toBe('사운드트랙 #2');
    expect(review.platforms).toEqual(['Disney+', 'Hulu']);
    expect(review.aired).toEqual({ year: 2023, month: 12 });
    expect(review.episodes).toBe(6);
    expect(review.genres).toEqual(['Romance', 'Music']);
    expect(review.grade).toBe('B+');
    expect(review.reviewer).toEqual({ name: 'Jill', location: 'USA' });
  });

  test('every paragraph comes back in order, unchanged, in its section', () => {
    // The body, straight from the file: the non-blank lines between the rules, less the story heading.
    const lines = referenceLines();
    const body = lines.slice(lines.indexOf('~~~~~~~~~') + 1, lines.indexOf('~~~~~~~~~~')).filter((l) => l.trim());
    const heading = body.indexOf('The Story:');
    expect(review.intro).toEqual(body.slice(0, heading));
    expect([...review.story, ...review.closing]).toEqual(body.slice(heading + 1));
    expect(review.intro).toHaveLength(1);
    expect(review.story).toHaveLength(7);
  });

  test('the last paragraph, in the reviewer’s own voice, is the closing', () => {
    expect(review.closing).toHaveLength(1);
    expect(review.closing[0]).toMatch(/^One thing I noticed/);
    expect(review.story.at(-1)).toMatch(/^Su Ho becomes jealous/);
  });

  test('runs of two or more blank lines are recorded as picture slots', () => {
    expect(review.pictureSlots).toEqual([
      { section: 'story', afterParagraph: 1, blankLines: 2 },
      { section: 'story', afterParagraph: 3, blankLines: 3 },
      { section: 'story', afterParagraph: 4, blankLines: 3 },
      { section: 'story', afterParagraph: 5, blankLines: 3 },
      { section: 'story', afterParagraph: 7, blankLines: 3 },
    ]);
  });

  test('CRLF line endings, a byte-order mark and trailing spaces change nothing', () => {
    const messy = `\uFEFF${referenceLines()
      .map((line, i) => (i % 3 === 0 ? `${line}  \t` : line))
      .join('\r\n')}\r\n`;
    expect(parseHouseReview(messy)).toEqual(review);
  });
});

describe('the invented fixtures', () => {
  test('Hangul, curly quotes, & < > stay exactly as written, and a two-paragraph closing is found', () => {
    const review = parseHouseReview(readFixture('winter-letters.txt'));
    expect(review).toMatchObject({
      title: 'Winter Letters',
      nativeTitle: '겨울 편지',
      platforms: ['tvN', 'Netflix'],
      aired: { year: 2020, month: 9 },
      episodes: 16,
      genres: ['Romance', 'Melodrama', 'Slice of Life'],
      grade: 'A-',
      reviewer: { name: 'Mina', location: 'Busan & Seoul' },
    });
    expect(review.intro).toHaveLength(2);
    expect(review.intro[1]).toContain('laughing & crying');
    expect(review.intro[1]).toContain('2 < 3');
    expect(review.story).toHaveLength(4);
    expect(review.story[0]).toContain('“편지는 거짓말을 안 해”');
    expect(review.closing.map((p) => p.slice(0, 16))).toEqual(['I won’t spoil th', 'If you enjoy slo']);
  });

  test('a file without a banner, with `1 Episode` and `May 2021`, keeps <script> as text and has no closing', () => {
    const review = parseHouseReview(readFixture('night-market.txt'));
    expect(review.siteTitle).toBeUndefined();
    expect(review).toMatchObject({ title: 'Night Market Detective', episodes: 1, aired: { year: 2021, month: 5 }, platforms: ['KBS2'] });
    expect(review.story[0]).toContain('<script>alert("caught")</script>');
    expect(review.closing).toEqual([]);
    expect(review.story).toHaveLength(3);
  });
});

describe('release lines', () => {
  test.each([
    ['Dec. 2023', { year: 2023, month: 12 }],
    ['Dec 2023', { year: 2023, month: 12 }],
    ['December 2023', { year: 2023, month: 12 }],
    ['Sept. 2020', { year: 2020, month: 9 }],
    ['Sep 2020', { year: 2020, month: 9 }],
    ['May 2021', { year: 2021, month: 5 }],
    ['June 2019', { year: 2019, month: 6 }],
    ['july 2018', { year: 2018, month: 7 }],
  ])('%s is read as a month and year', (text, expected) => {
    expect(parseMonthYear(text)).toEqual(expected);
    const review = parseHouseReview(referenceWith(7, `Disney+ / Hulu (${text}) 6 Episodes`));
    expect(review.aired).toEqual(expected);
  });

  test.each([
    ['MBC (Jan. 2010) 1 Episode', ['MBC'], 1],
    ['Netflix / tvN / TVING (Feb 2024) 16 Episodes', ['Netflix', 'tvN', 'TVING'], 16],
    ['SBS (Mar. 2001) 120 Episodes', ['SBS'], 120],
  ])('%s', (line, platforms, episodes) => {
    expect(parseHouseReview(referenceWith(7, line))).toMatchObject({ platforms, episodes });
  });
});

describe('closing detection', () => {
  const withStory = (...paragraphs: string[]) =>
    parseHouseReview(
      ['Title', '제목', 'KBS (Jan. 2020) 2 Episodes', 'Drama, Grade: B', 'Korean Drama Review by Jill, USA', '', '~~~~~~~~~', 'Intro.', '', 'The Story:', '', paragraphs.join('\n\n'), '~~~~~~~~~~'].join('\n'),
    );

  test('first-person words inside quotes are the characters speaking, not the reviewer', () => {
    const review = withStory('She meets him.', 'He says "I love you, my dear" and leaves.');
    expect(review.closing).toEqual([]);
  });

  test('trailing paragraphs in the first person, or speaking to the viewer, are the closing; the scan stops at the plot', () => {
    const review = withStory('She meets him.', 'I think the ending was rushed.', 'He leaves.', 'My verdict: lovely.', 'Keep an eye out for the OST.');
    expect(review.story).toEqual(['She meets him.', 'I think the ending was rushed.', 'He leaves.']);
    expect(review.closing).toEqual(['My verdict: lovely.', 'Keep an eye out for the OST.']);
  });

  test('the first story paragraph always stays in the story', () => {
    const review = withStory('I loved how it opens with a wedding.');
    expect(review.story).toEqual(['I loved how it opens with a wedding.']);
    expect(review.closing).toEqual([]);
  });

  test('a paragraph of several lines stays one paragraph, lines and all', () => {
    const review = withStory('She meets him\nat the station.', 'He leaves.');
    expect(review.story).toEqual(['She meets him\nat the station.', 'He leaves.']);
  });
});

describe('refusals name the line and what was expected', () => {
  // Reference lines: 1 banner, 5 title, 6 Korean title, 7 release, 8 genres, 9 byline, 11 rule, 12 intro, 14 "The Story:".
  test('a missing title', () => {
    const error = refusal(referenceWith(5, null));
    expect(error.message).toBe('line 5: expected the drama\'s English title above its Korean title "사운드트랙 #2"');
    expect(error.line).toBe(5);
    expect(error.code).toBe('invalid-input');
  });

  test('a missing Korean title', () => {
    expect(refusal(referenceWith(6, null)).message).toBe(
      'line 6: expected the Korean title below "Soundtrack #2"; found "Disney+ / Hulu (Dec. 2023) 6 Episodes"',
    );
  });

  test('a bad grade', () => {
    expect(refusal(referenceWith(8, 'Romance, Music, Grade: Z')).message).toBe(
      'line 8: "Grade: Z" is not a grade; expected one of A+ A A- B+ B B- C+ C C- D+ D D- F',
    );
  });

  test('a genre line without a grade', () => {
    expect(refusal(referenceWith(8, 'Romance, Music')).message).toBe(
      'line 8: expected "Genre, Genre, Grade: X"; found "Romance, Music"',
    );
  });

  test('a bad release line', () => {
    expect(refusal(referenceWith(7, 'Disney+ / Hulu, six episodes')).message).toBe(
      'line 7: expected a release line like "Disney+ / Hulu (Dec. 2023) 6 Episodes"; found "Disney+ / Hulu, six episodes"',
    );
    expect(refusal(referenceWith(7, 'Disney+ / Hulu (Decembre 2023) 6 Episodes')).message).toBe(
      'line 7: "(Decembre 2023)" is not a month and year; expected one like "(Dec. 2023)" or "(December 2023)"',
    );
    expect(refusal(referenceWith(7, 'Disney+ / Hulu (Dec. 2023) 0 Episodes')).message).toBe(
      'line 7: "0 Episodes" is not an episode count; expected 1 to 999 episodes',
    );
    expect(refusal(referenceWith(7, ' / Hulu (Dec. 2023) 6 Episodes')).message).toMatch(/^line 7: expected a release line .*a platform is missing$/);
  });

  test('a bad byline', () => {
    expect(refusal(referenceWith(9, 'Reviewed by Jill')).message).toBe(
      'line 9: expected a byline like "Korean Drama Review by Jill, USA"; found "Reviewed by Jill"',
    );
  });

  test('an empty body', () => {
    const lines = referenceLines();
    const empty = [...lines.slice(0, 11), ...lines.slice(lines.indexOf('~~~~~~~~~~'))].join('\n');
    expect(refusal(empty).message).toBe(
      'line 12: expected the review text below the rule: the intro, "The Story:" and the story; found none',
    );
  });

  test('no "The Story:" line', () => {
    expect(refusal(referenceWith(14, 'The Plot:')).message).toBe(
      'line 12: expected the intro, then "The Story:" on a line of its own, then the story; found no "The Story:" line',
    );
  });

  test('no opening rule', () => {
    expect(refusal(referenceWith(11, 'Some text')).message).toBe('line 11: expected the rule "~~~~~~~~~" below the byline; found "Some text"');
  });

  test('text after the closing rule that is not the home link', () => {
    const lines = referenceLines();
    lines.push('', 'P.S. one more thought');
    expect(refusal(lines.join('\n')).message).toBe(
      `line ${lines.length}: expected only "HOME TO KOREAN DRAMA REVIEWS" and a rule after the closing rule on line ${lines.indexOf('~~~~~~~~~~') + 1}; found "P.S. one more thought"`,
    );
  });

  test('an empty text and a text that is not a review at all', () => {
    expect(refusal('').message).toBe('line 1: the text is empty; expected a review in the house format, starting with the title');
    expect(refusal('\n\n  \n').line).toBe(1);
    expect(refusal('Dear diary,\ntoday I watched a drama.\nIt was good.').message).toBe(
      'line 3: expected a release line like "Disney+ / Hulu (Dec. 2023) 6 Episodes"; found "It was good."',
    );
  });

  test('a genre listed twice', () => {
    expect(refusal(referenceWith(8, 'Romance, romance, Grade: B')).message).toBe('line 8: the genre "romance" is listed twice');
  });
});

describe('lenient layout', () => {
  test('a banner directly above the title, and "The Story:" with no blank lines around it', () => {
    const lines = readReference().split('\n');
    const compact = [lines[0], ...lines.slice(4)].join('\n').replace('\n\nThe Story:\n\n', '\nThe Story:\n');
    const review = parseHouseReview(compact);
    const reference = parseHouseReview(readReference());
    expect(review.siteTitle).toBe('KDRAMALOVE KOREAN DRAMA REVIEWS');
    expect({ ...review, pictureSlots: [] }).toEqual({ ...reference, pictureSlots: [] });
  });

  test('the same refusal line numbers with a banner set right above the title', () => {
    const lines = readReference().split('\n');
    const compact = [lines[0], ...lines.slice(4)];
    compact[3] = 'Disney+ / Hulu (Dec. 2023) 6 Episodes';
    compact[4] = 'Romance, Music';
    expect(refusal(compact.join('\n')).message).toBe('line 5: expected "Genre, Genre, Grade: X"; found "Romance, Music"');
  });
});
