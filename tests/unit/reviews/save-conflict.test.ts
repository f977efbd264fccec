import { describe, expect, test } from 'vitest';
import type { Drama, Review, Revision, RevisionSummary } from '../../../src-main/core/common/model';
import { drama, ok, review, useJournal } from '../core/fixtures';

async function twoWriters() {
  const t = useJournal();
  await ok<Drama>(t.dispatch('dramas.create', drama()));
  return t;
}

describe('a save that names the review it was written over', () => {
  test('goes through while nobody else saved, and each save moves the base on', async () => {
    const { dispatch } = await twoWriters();
    const first = await ok<Review>(dispatch('reviews.save', review({ baseUpdatedAt: null })));
    const second = await ok<Review>(dispatch('reviews.save', review({ story: ['Mine.'], baseUpdatedAt: first.updatedAt })));
    expect(second.story).toEqual(['Mine.']);
  });

  test('is refused with conflict when another window saved since, and the other text stays', async () => {
    const { dispatch, journal } = await twoWriters();
    const opened = await ok<Review>(dispatch('reviews.save', review({ story: ['Opened.'] })));
    await ok<Review>(dispatch('reviews.save', review({ story: ['Saved from the other tab.'], baseUpdatedAt: opened.updatedAt })));
    const refused = await dispatch('reviews.save', review({ story: ['Typed in this tab.'], baseUpdatedAt: opened.updatedAt }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(journal.reviews.get(1)!.story).toEqual(['Saved from the other tab.']);
  });

  test('a new review is refused when one was written meanwhile', async () => {
    const { dispatch, journal } = await twoWriters();
    await ok<Review>(dispatch('reviews.save', review({ story: ['First.'] })));
    const refused = await dispatch('reviews.save', review({ story: ['Second.'], baseUpdatedAt: null }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(journal.reviews.get(1)!.story).toEqual(['First.']);
  });

  test('keeping mine over theirs keeps theirs as an earlier version, even within the minute saves share', async () => {
    const { dispatch } = await twoWriters();
    const theirs = await ok<Review>(dispatch('reviews.save', review({ story: ['Theirs.'] })));
    await ok<Review>(dispatch('reviews.save', review({ story: ['Mine.'], baseUpdatedAt: theirs.updatedAt, separateRevision: true })));
    const versions = await ok<RevisionSummary[]>(dispatch('revisions.list', { dramaId: 1 }));
    const stories = await Promise.all(versions.map(async (v) => (await ok<Revision>(dispatch('revisions.get', { id: v.id }))).content.story));
    expect(stories).toEqual([['Mine.'], ['Theirs.']]);
  });

  test('a save without a base saves as before (the CLI, imports)', async () => {
    const { dispatch } = await twoWriters();
    await ok<Review>(dispatch('reviews.save', review({ story: ['One.'] })));
    const saved = await ok<Review>(dispatch('reviews.save', review({ story: ['Two.'] })));
    expect(saved.story).toEqual(['Two.']);
  });
});
