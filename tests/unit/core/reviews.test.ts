import { describe, expect, test } from 'vitest';
import type { Drama, Review } from '../../../src-main/core/common/model';
import { drama, ok, review, useJournal } from './fixtures';

async function setup() {
  const t = useJournal();
  await ok<Drama>(t.dispatch('dramas.create', drama()));
  return t;
}

describe('saving a review', () => {
  test('a final review keeps grade, reviewer, the three sections in order, and its times', async () => {
    const { dispatch, journal } = await setup();
    const saved = await ok<Review>(dispatch('reviews.save', review()));
    expect(saved).toMatchObject({
      grade: 'A-',
      reviewer: { name: 'Mina Park', location: 'Busan, Korea' },
      intro: ['A quiet ferry town.', '조용한 마을.'],
      story: ['Two strangers meet.'],
      closing: ['Worth the crossing.'],
      state: 'final',
    });
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(journal.dramas.get(1).review).toEqual(saved);
  });

  test('a draft may have no grade, no reviewer and empty sections', async () => {
    const { dispatch } = await setup();
    const saved = await ok<Review>(
      dispatch('reviews.save', review({ grade: null, reviewer: { name: '', location: '' }, intro: [], story: [], closing: [], state: 'draft' })),
    );
    expect(saved).toMatchObject({ grade: null, state: 'draft', intro: [], story: [], closing: [] });
  });

  test('saving again replaces the content, keeps when it was created and moves when it was updated', async () => {
    const { dispatch, journal } = await setup();
    const first = await ok<Review>(dispatch('reviews.save', review({ state: 'draft', grade: null })));
    const second = await ok<Review>(dispatch('reviews.save', review({ story: ['Rewritten.'] })));
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(second).toMatchObject({ state: 'final', grade: 'A-', story: ['Rewritten.'] });
    expect(journal.db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(1);
  });

  test.each([
    [{ grade: null }, 'grade is required before a review can be final'],
    [{ reviewer: { name: ' ', location: 'Seoul' } }, 'reviewer name is required before a review can be final'],
  ] as const)('a final review needs a grade and a reviewer name: %j', async (change, message) => {
    const { dispatch, journal } = await setup();
    expect(await dispatch('reviews.save', review(change))).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    expect(journal.reviews.get(1)).toBeNull();
    // The same text is fine as a draft.
    expect((await dispatch('reviews.save', review({ ...change, state: 'draft' }))).ok).toBe(true);
  });

  test.each([
    [{ grade: 'E' }, 'grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F'],
    [{ state: 'published' }, 'state must be one of draft, final'],
    [{ intro: ['   '] }, 'paragraph is required'],
    [{ story: 'one long paragraph' }, 'story must be a list of paragraphs'],
    [{ reviewer: { name: 'x'.repeat(101), location: '' } }, 'reviewer name must be at most 100 characters'],
  ] as const)('refuses %j: %s', async (change, message) => {
    const { dispatch, journal } = await setup();
    expect(await dispatch('reviews.save', { ...review(), ...change })).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    expect(journal.reviews.get(1)).toBeNull();
  });

  test('a review for a drama that does not exist is not found', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('reviews.save', review({ dramaId: 5 }))).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' },
    });
  });
});

describe('deleting a review', () => {
  test('removes it and leaves the drama', async () => {
    const { dispatch, journal } = await setup();
    await ok(dispatch('reviews.save', review()));
    expect(await dispatch('reviews.delete', { id: 1 })).toEqual({ ok: true, value: null });
    expect(journal.dramas.get(1).review).toBeNull();
    expect(await dispatch('reviews.delete', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That drama has no review to delete.' },
    });
  });
});
