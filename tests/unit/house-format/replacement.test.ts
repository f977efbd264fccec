import { afterEach, expect, test } from 'vitest';
import { importReview, previewImportInto } from '../../../src-main/core/house-format/import';
import type { Journal } from '../../../src-main/core/journal';
import { readReference } from '../../fixtures/fixtures';
import { openTempJournal } from '../../support/temp-journal';

let cleanup = () => {};
afterEach(() => cleanup());

function journal(): Journal {
  const t = openTempJournal();
  cleanup = t.cleanup;
  return t.journal;
}

test('a text not in the journal replaces nothing', () => {
  expect(previewImportInto(journal(), readReference()).replaces).toBeNull();
});

test('the same text again changes nothing and overwrites nothing', () => {
  const j = journal();
  importReview(j, readReference());
  expect(previewImportInto(j, readReference()).replaces).toEqual({ dramaId: 1, changes: [], overwritesReview: false });
});

test('a new grade and an edited closing are named, the grade as from and to, and the review text would be overwritten', () => {
  const j = journal();
  importReview(j, readReference());
  const edited = readReference()
    .replace('Grade: B+', 'Grade: A-')
    .replace('6 Episodes', '8 Episodes')
    .replace(/^One thing/m, 'Another thing');
  expect(previewImportInto(j, edited).replaces).toEqual({
    dramaId: 1,
    changes: [{ part: 'grade', from: 'B+', to: 'A-' }, { part: 'closing' }, { part: 'episodes', from: '6', to: '8' }, { part: 'watch' }],
    overwritesReview: true,
  });
});

test('a drama added by hand, with no review yet, gains a review and its watch record: nothing written is overwritten', () => {
  const j = journal();
  j.dramas.create({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2', platforms: ['Disney+', 'Hulu'], aired: { year: 2023, month: 12 }, episodes: 6, genres: ['Romance', 'Music'] });
  const replaces = previewImportInto(j, readReference()).replaces!;
  expect(replaces.changes).toEqual([
    { part: 'grade', to: 'B+' },
    { part: 'intro' },
    { part: 'story' },
    { part: 'closing' },
    { part: 'reviewer' },
    { part: 'state', to: 'final' },
    { part: 'watch' },
  ]);
  expect(replaces.overwritesReview).toBe(false);
});

test('a new grade alone overwrites the review (the grade is part of it); a new genre alone does not', () => {
  const j = journal();
  importReview(j, readReference());
  expect(previewImportInto(j, readReference().replace('Grade: B+', 'Grade: B')).replaces).toMatchObject({
    changes: [{ part: 'grade', from: 'B+', to: 'B' }],
    overwritesReview: true,
  });
  expect(previewImportInto(j, readReference().replace('Romance, Music, Grade', 'Romance, Grade')).replaces).toMatchObject({
    changes: [{ part: 'genres' }],
    overwritesReview: false,
  });
});
