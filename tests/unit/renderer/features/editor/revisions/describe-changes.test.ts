import { describe, expect, test } from 'vitest';
import type { RevisionChanges } from '../../../../../../src-main/core/common/model';
import { describeChanges, describeChangesInWords } from '../../../../../../src-renderer/features/editor/revisions/describe-changes';

const none: RevisionChanges = { first: false, grade: null, wordsAdded: 0, wordsRemoved: 0, sections: [], reviewer: false, excerpt: null };

describe('what a version changed, in words', () => {
  test('a grade change reads "B+ → A-", then the words and the sections by their headings', () => {
    const changes: RevisionChanges = { ...none, grade: { from: 'B+', to: 'A-' }, wordsAdded: 12, wordsRemoved: 1, sections: ['intro', 'story'] };
    expect(describeChanges(changes)).toEqual(['Grade B+ → A-', '+12 words', '−1 word', 'Intro, The Story']);
    expect(describeChangesInWords(changes)).toBe('Grade B+ to A-, added 12 words, removed 1 word, Intro, The Story');
  });

  test('a grade taken away reads "none"; a changed byline says so', () => {
    expect(describeChanges({ ...none, grade: { from: 'A', to: null }, reviewer: true })).toEqual(['Grade A → none', 'Byline']);
  });

  test('the first version names its grade and words, not every section', () => {
    expect(describeChanges({ ...none, first: true, grade: { from: null, to: 'B' }, wordsAdded: 300, sections: ['intro', 'story', 'closing'], reviewer: true })).toEqual([
      'First version',
      'Grade B',
      '+300 words',
    ]);
  });

  test('a version that changed no text still says something', () => {
    expect(describeChanges(none)).toEqual(['No change to the text']);
  });
});
