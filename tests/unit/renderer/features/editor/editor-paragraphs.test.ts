/**
 * How the review editor turns what the user typed into the review the core stores,
 * and back (src-renderer/features/editor/editor-model.ts: pure functions).
 */
import { describe, expect, test } from 'vitest';
import {
  blocksOf,
  draftOf,
  insertPicture,
  movePicture,
  paragraphsAtCaret,
  rekey,
  removePicture,
  reviewInputOf,
  sectionContent,
  splitAtCaret,
  splitParagraphs,
  type Block,
  type Sections,
} from '../../../../../src-renderer/features/editor/editor-model';
import type { Review } from '../../../../../src-main/core/common/model';

const FILE = `${'a'.repeat(64)}.png`;
const shape = (blocks: readonly Block[]) => blocks.map((b) => (b.kind === 'text' ? b.text : `[${b.alt || b.file}]`));

describe('paragraphs from typed text', () => {
  test('a blank line (or several, or one with spaces) starts a paragraph; a single line break continues one', () => {
    expect(splitParagraphs('One.\nStill one.\n\nTwo.\n \n\n\nThree.\r\n\r\nFour.  ')).toEqual(['One. Still one.', 'Two.', 'Three.', 'Four.']);
    expect(splitParagraphs('   \n\n  ')).toEqual([]);
    expect(splitParagraphs('“Quotes”, <tags> & 한글 stay as they are.')).toEqual(['“Quotes”, <tags> & 한글 stay as they are.']);
  });

  test('a picture goes after the paragraph holding the caret', () => {
    const text = 'First.\n\nSecond.\n\nThird.';
    expect(splitAtCaret(text, 2)).toEqual({ before: 'First.', after: 'Second.\n\nThird.' });
    expect(splitAtCaret(text, 10)).toEqual({ before: 'First.\n\nSecond.', after: 'Third.' });
    expect(splitAtCaret(text, text.length)).toEqual({ before: text, after: '' });
  });
});

describe('blocks and the stored review', () => {
  const review: Review = {
    grade: 'A',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: ['Intro.'],
    story: ['S1.', 'S2.', 'S3.'],
    closing: [],
    pictures: [
      { file: FILE, alt: 'after S1', section: 'story', afterParagraph: 1 },
      { file: FILE, alt: 'at the start', section: 'story', afterParagraph: 0 },
      { file: FILE, alt: 'also after S1', section: 'story', afterParagraph: 1 },
      { file: FILE, alt: 'closing', section: 'closing', afterParagraph: 0 },
    ],
    state: 'final',
    createdAt: 'x',
    updatedAt: 'x',
  };

  test('stored paragraphs and pictures become text blocks between pictures, and come back unchanged', () => {
    const draft = draftOf(review, { reviewerName: 'ignored', reviewerLocation: '' });
    expect(shape(draft.sections.story)).toEqual(['', '[at the start]', 'S1.', '[after S1]', '', '[also after S1]', 'S2.\n\nS3.']);
    expect(shape(draft.sections.closing)).toEqual(['', '[closing]', '']);
    const input = reviewInputOf(7, draft);
    expect(input).toMatchObject({ dramaId: 7, grade: 'A', intro: review.intro, story: review.story, closing: [], state: 'final' });
    expect(input.pictures).toEqual([
      { file: FILE, alt: 'at the start', section: 'story', afterParagraph: 0 },
      { file: FILE, alt: 'after S1', section: 'story', afterParagraph: 1 },
      { file: FILE, alt: 'also after S1', section: 'story', afterParagraph: 1 },
      { file: FILE, alt: 'closing', section: 'closing', afterParagraph: 0 },
    ]);
  });

  test('a new review starts signed from the settings, as a draft with nothing written', () => {
    const draft = draftOf(null, { reviewerName: 'Mina', reviewerLocation: 'Busan' });
    expect(reviewInputOf(1, draft)).toEqual({
      dramaId: 1,
      grade: null,
      reviewer: { name: 'Mina', location: 'Busan' },
      intro: [],
      story: [],
      closing: [],
      pictures: [],
      state: 'draft',
    });
  });

  test('typing more paragraphs before a picture moves its place along with the text', () => {
    const blocks = blocksOf(['A.'], [{ file: FILE, alt: 'x', section: 'story', afterParagraph: 1 }]);
    const typed = blocks.map((b, i) => (i === 0 && b.kind === 'text' ? { ...b, text: 'A.\n\nA2.\n\nA3.' } : b));
    expect(sectionContent('story', typed).pictures[0]!.afterParagraph).toBe(3);
  });
});

describe('placing, moving and removing pictures', () => {
  const sections = (): Sections => ({
    intro: blocksOf(['I1.'], []),
    story: blocksOf(['S1.', 'S2.'], []),
    closing: blocksOf(['C1.'], []),
  });

  test('inserted after the caret’s paragraph, or at the end of the section without a caret', () => {
    const s = sections();
    const text = s.story[0]!;
    const atCaret = insertPicture(s.story, { file: FILE, alt: '' }, { section: 'story', blockKey: text.key, offset: 1 });
    expect(shape(atCaret.blocks)).toEqual(['S1.', `[${FILE}]`, 'S2.']);
    const atEnd = insertPicture(s.story, { file: FILE, alt: 'end' }, null);
    expect(shape(atEnd.blocks)).toEqual(['S1.\n\nS2.', '[end]', '']);
  });

  test('moves a paragraph at a time, past other pictures, and across sections at their edges', () => {
    let s = sections();
    const { blocks, key } = insertPicture(s.story, { file: FILE, alt: 'p' }, { section: 'story', blockKey: s.story[0]!.key, offset: 0 });
    s = { ...s, story: blocks };
    s = movePicture(s, key, 1);
    expect(shape(s.story)).toEqual(['S1.\n\nS2.', '[p]', '']);
    s = movePicture(s, key, 1);
    expect(shape(s.story)).toEqual(['S1.\n\nS2.']);
    expect(shape(s.closing)).toEqual(['', '[p]', 'C1.']);
    s = movePicture(s, key, -1);
    expect(shape(s.closing)).toEqual(['C1.']);
    expect(shape(s.story)).toEqual(['S1.\n\nS2.', '[p]', '']);
    s = movePicture(s, key, -1);
    s = movePicture(s, key, -1);
    expect(shape(s.story)).toEqual(['', '[p]', 'S1.\n\nS2.']);
    s = movePicture(s, key, -1);
    expect(shape(s.intro)).toEqual(['I1.', '[p]', '']);
  });

  test('removing a picture joins the text around it, losing nothing', () => {
    const s = sections();
    const { blocks, key } = insertPicture(s.story, { file: FILE, alt: '' }, { section: 'story', blockKey: s.story[0]!.key, offset: 0 });
    expect(shape(removePicture(blocks, key))).toEqual(['S1.\n\nS2.']);
    expect(removePicture(blocks, key)[0]!.key).toBe(blocks[0]!.key);
  });

  test('the picture’s place for a caret counts the paragraphs up to and including the caret’s, across text blocks', () => {
    const s = sections();
    const { blocks } = insertPicture(s.story, { file: FILE, alt: 'p' }, { section: 'story', blockKey: s.story[0]!.key, offset: 0 });
    const after = blocks[2]!;
    expect(paragraphsAtCaret(blocks, { section: 'story', blockKey: blocks[0]!.key, offset: 0 })).toBe(1);
    expect(paragraphsAtCaret(blocks, { section: 'story', blockKey: after.key, offset: 0 })).toBe(2);
  });

  test('blocks read back from an earlier session get fresh keys, keeping their text and pictures', () => {
    const s = sections();
    const again = rekey(s);
    expect(shape(again.story)).toEqual(shape(s.story));
    expect(again.story[0]!.key).not.toBe(s.story[0]!.key);
  });
});
