import { describe, expect, test } from 'vitest';
import type { ReviewContent } from '../../../src-main/core/common/model';
import { changesBetween, diffReview, diffSection } from '../../../src-main/core/common/review-diff';

const base: ReviewContent = {
  grade: 'B+',
  reviewer: { name: 'Jill', location: 'USA' },
  intro: ['A quiet ferry town.'],
  story: ['Two strangers meet at the crossing.', 'They part at dawn.'],
  closing: ['Worth a rainy weekend.'],
  pictures: [],
};

describe('what a version changed', () => {
  test('a new grade reads from → to, and an unchanged text touches no section', () => {
    expect(changesBetween(base, { ...base, grade: 'A-' })).toEqual({
      first: false,
      grade: { from: 'B+', to: 'A-' },
      wordsAdded: 0,
      wordsRemoved: 0,
      sections: [],
      reviewer: false,
      excerpt: null,
    });
  });

  test('counts the words added and removed and names the sections touched', () => {
    const after = { ...base, story: ['Two strangers meet at the old crossing.', 'They part at dusk.'], closing: [] };
    expect(changesBetween(base, after)).toMatchObject({
      grade: null,
      wordsAdded: 2,
      wordsRemoved: 5,
      sections: ['story', 'closing'],
      excerpt: { kind: 'added', text: 'old crossing.' },
    });
    expect(changesBetween(base, { ...base, closing: [] }).excerpt).toEqual({ kind: 'removed', text: 'Worth a rainy weekend.' });
  });

  test('the excerpt runs from the first added word to the end of its paragraph, so it reads as a phrase', () => {
    const before = { ...base, intro: ['The first take, which I liked.', 'More.'] };
    const after = { ...base, intro: ['A rewrite I regret.', 'More.'] };
    expect(changesBetween(before, after).excerpt).toEqual({ kind: 'added', text: 'A rewrite I regret.' });
  });

  test('a first version counts all its words as added; punctuation alone is no word', () => {
    expect(changesBetween(null, { ...base, intro: ['Hello — world …'] })).toMatchObject({
      first: true,
      grade: { from: null, to: 'B+' },
      wordsAdded: 2 + 10 + 4,
      wordsRemoved: 0,
      sections: ['intro', 'story', 'closing'],
      reviewer: true,
    });
  });

  test('a picture added or a paragraph split touches its section without changing the word count', () => {
    const picture = { file: 'a.png', alt: 'The ferry', section: 'intro' as const, afterParagraph: 1 };
    expect(changesBetween(base, { ...base, pictures: [picture] })).toMatchObject({ sections: ['intro'], wordsAdded: 0, wordsRemoved: 0 });
    const split = { ...base, story: ['Two strangers meet', 'at the crossing.', 'They part at dawn.'] };
    expect(changesBetween(base, split)).toMatchObject({ sections: ['story'], wordsAdded: 0, wordsRemoved: 0 });
  });
});

describe('the highlighted text of one version against another', () => {
  test('keeps paragraphs, with removed and added words marked where they were', () => {
    expect(diffSection(['Two strangers meet at the crossing.', 'They part at dawn.'], ['Two strangers meet at the old crossing.', 'They part at dusk.'])).toEqual([
      [
        { kind: 'same', text: 'Two strangers meet at the' },
        { kind: 'added', text: 'old' },
        { kind: 'same', text: 'crossing.' },
      ],
      [
        { kind: 'same', text: 'They part at' },
        { kind: 'removed', text: 'dawn.' },
        { kind: 'added', text: 'dusk.' },
      ],
    ]);
  });

  test('on random edits to many paragraphs, the marked text holds both versions word for word', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = ['rain', 'ferry', 'song', 'the', 'quiet', 'lead', 'end.'];
    const paragraph = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const wordsOf = (paragraphs: string[]) => paragraphs.join(' ').split(' ').filter(Boolean);
    for (let round = 0; round < 100; round += 1) {
      const before = Array.from({ length: Math.floor(next() * 8) }, paragraph);
      const after = before.flatMap((p) => (next() < 0.2 ? [] : next() < 0.3 ? [paragraph()] : next() < 0.1 ? [p, paragraph()] : [p]));
      const spans = diffSection(before, after).flat();
      expect(wordsOf(spans.filter((x) => x.kind !== 'added').map((x) => x.text))).toEqual(wordsOf(before));
      expect(wordsOf(spans.filter((x) => x.kind !== 'removed').map((x) => x.text))).toEqual(wordsOf(after));
      const changes = changesBetween({ ...base, story: before }, { ...base, story: after });
      expect(changes.wordsAdded).toBe(spans.filter((x) => x.kind === 'added').reduce((n, x) => n + wordsOf([x.text]).length, 0));
      expect(changes.wordsRemoved).toBe(spans.filter((x) => x.kind === 'removed').reduce((n, x) => n + wordsOf([x.text]).length, 0));
    }
  });

  test('a review diff says the grade and which sections changed', () => {
    const diff = diffReview(base, { ...base, grade: 'A-', closing: ['Worth a whole weekend.'] });
    expect(diff.grade).toEqual({ from: 'B+', to: 'A-' });
    expect(diff.sections.map((s) => [s.name, s.changed])).toEqual([
      ['intro', false],
      ['story', false],
      ['closing', true],
    ]);
  });
});
