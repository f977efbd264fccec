import { describe, expect, test } from 'vitest';
import type { Clock } from '../../../src-main/core/clock';
import type { Review, ReviewSaveInput, Revision, RevisionSummary } from '../../../src-main/core/common/model';
import { REVISION_WINDOW_MS } from '../../../src-main/core/reviews/revision-repository';
import { countWords, previewOf } from '../../../src-main/core/common/word-count';
import { ok, useJournal } from '../core/fixtures';
import { sampleDrama } from '../../support/temp-journal';

/** A clock the test moves by hand. */
function manualClock(start = '2026-03-01T09:00:00.000Z') {
  let now = Date.parse(start);
  const clock: Clock = { now: () => new Date(now) };
  return { clock, pass: (ms: number) => (now += ms) };
}

function setup() {
  const time = manualClock();
  const t = useJournal(time.clock);
  const drama = t.journal.dramas.create(sampleDrama);
  const save = (change: Partial<ReviewSaveInput> = {}) =>
    ok<Review>(
      t.dispatch('reviews.save', {
        dramaId: drama.id,
        grade: 'B+',
        reviewer: { name: 'Jill', location: 'USA' },
        intro: ['A quiet ferry town.'],
        story: ['Two strangers meet at the crossing.'],
        closing: [],
        state: 'draft',
        ...change,
      }),
    );
  const list = () => ok<RevisionSummary[]>(t.dispatch('revisions.list', { dramaId: drama.id }));
  return { ...t, ...time, drama, save, list };
}

describe('every saved change of a review keeps a revision', () => {
  test('a first save keeps one, with its time, word count and opening words', async () => {
    const { save, list, drama } = setup();
    const saved = await save();
    const revisions = await list();
    expect(revisions).toEqual([
      {
        id: expect.any(Number),
        dramaId: drama.id,
        savedAt: saved.updatedAt,
        words: 10,
        preview: 'A quiet ferry town.',
        restoredFrom: null,
        changes: { first: true, grade: { from: null, to: 'B+' }, wordsAdded: 10, wordsRemoved: 0, sections: ['intro', 'story'], reviewer: true, excerpt: { kind: 'added', text: 'A quiet ferry town.' } },
      },
    ]);
  });

  test('saving the same content again adds nothing', async () => {
    const { save, list, pass } = setup();
    await save();
    pass(5 * 60_000);
    await save();
    await save({ state: 'final' }); // marking final changes no text
    expect(await list()).toHaveLength(1);
  });

  test('saves within a minute of a revision update it; later ones start a new one, and earlier text stays', async () => {
    const { save, list, pass, dispatch } = setup();
    await save({ intro: ['First words.'] });
    pass(20_000);
    await save({ intro: ['First words, more.'] });
    pass(REVISION_WINDOW_MS - 20_000 - 1);
    await save({ intro: ['First words, more, and more.'] });
    let revisions = await list();
    expect(revisions.map((r) => r.preview)).toEqual(['First words, more, and more.']);

    pass(2);
    await save({ intro: ['A new start.'] });
    revisions = await list();
    expect(revisions.map((r) => r.preview)).toEqual(['A new start.', 'First words, more, and more.']);
    const older = await ok<Revision>(dispatch('revisions.get', { id: revisions[1]!.id }));
    expect(older.content).toEqual({
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['First words, more, and more.'],
      story: ['Two strangers meet at the crossing.'],
      closing: [],
      pictures: [],
    });
  });

  test('each revision says what it changed against the one before: grade, words and sections', async () => {
    const { save, list, pass, dispatch } = setup();
    await save();
    pass(REVISION_WINDOW_MS);
    await save({ grade: 'A-', story: ['Two strangers meet at the old crossing.'], closing: ['Go watch it.'] });
    const [latest, first] = await list();
    expect(latest!.changes).toEqual({ first: false, grade: { from: 'B+', to: 'A-' }, wordsAdded: 4, wordsRemoved: 0, sections: ['story', 'closing'], reviewer: false, excerpt: { kind: 'added', text: 'old crossing.' } });
    expect(first!.changes.first).toBe(true);
    // One revision on its own says the same as in the list.
    expect((await ok<Revision>(dispatch('revisions.get', { id: latest!.id }))).changes).toEqual(latest!.changes);
  });

  test('restoring a revision brings its content back as a new revision; the text it replaced stays in the history', async () => {
    const { save, list, pass, dispatch, journal, drama } = setup();
    await save({ intro: ['The version I liked.'], grade: 'A' });
    pass(10 * 60_000);
    await save({ intro: ['A rewrite I regret.'], grade: 'C' });
    const [regret, liked] = await list();

    pass(60_000);
    const restored = await ok<Review>(dispatch('revisions.restore', { id: liked!.id }));
    expect(restored).toMatchObject({ intro: ['The version I liked.'], grade: 'A', state: 'draft' });
    expect(journal.reviews.get(drama.id)).toEqual(restored);

    const revisions = await list();
    expect(revisions.map((r) => [r.preview, r.restoredFrom])).toEqual([
      ['The version I liked.', liked!.id],
      ['A rewrite I regret.', null],
      ['The version I liked.', null],
    ]);
    expect(revisions[1]!.id).toBe(regret!.id);

    // A save right after the restore does not overwrite the restore's revision.
    pass(1000);
    await save({ intro: ['The version I liked, polished.'], grade: 'A' });
    expect((await list()).map((r) => r.preview)).toEqual([
      'The version I liked, polished.',
      'The version I liked.',
      'A rewrite I regret.',
      'The version I liked.',
    ]);
  });

  test('a final review stays final after a restore when it can; otherwise it goes back to a draft', async () => {
    const { save, list, pass, dispatch } = setup();
    await save({ grade: null, intro: ['Ungraded thoughts.'] });
    pass(10 * 60_000);
    await save({ grade: 'A-', state: 'final', intro: ['Graded and final.'] });
    pass(10 * 60_000);
    await save({ grade: 'A', state: 'final', intro: ['Final, reworded.'] });
    const [, gradedFinal, ungraded] = await list();

    expect(await ok<Review>(dispatch('revisions.restore', { id: gradedFinal!.id }))).toMatchObject({ state: 'final', grade: 'A-' });
    expect(await ok<Review>(dispatch('revisions.restore', { id: ungraded!.id }))).toMatchObject({ state: 'draft', grade: null });
  });

  test('deleting the review keeps its history (it can be restored); deleting the drama removes it', async () => {
    const { save, list, dispatch, drama, journal } = setup();
    await save();
    await ok(dispatch('reviews.delete', { id: drama.id }));
    const [kept] = await list();
    expect(kept).toBeDefined();
    expect(await ok<Review>(dispatch('revisions.restore', { id: kept!.id }))).toMatchObject({ intro: ['A quiet ferry town.'] });
    await ok(dispatch('dramas.delete', { id: drama.id }));
    expect(journal.db.prepare('SELECT count(*) FROM review_revisions').pluck().get()).toBe(0);
  });

  test('unknown revisions and dramas are not found, and nothing changes', async () => {
    const { dispatch, save } = setup();
    await save();
    expect(await dispatch('revisions.get', { id: 99 })).toEqual({ ok: false, error: { code: 'not-found', message: 'That version of the review no longer exists.' } });
    expect(await dispatch('revisions.restore', { id: 99 })).toEqual({ ok: false, error: { code: 'not-found', message: 'That version of the review no longer exists.' } });
    expect(await dispatch('revisions.list', { dramaId: 42 })).toEqual({ ok: false, error: { code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' } });
  });

  test('a refused save keeps no revision', async () => {
    const { save, list, dispatch, drama } = setup();
    await save();
    const before = await list();
    const answer = await dispatch('reviews.save', {
      dramaId: drama.id,
      grade: null,
      reviewer: { name: 'Jill', location: '' },
      intro: ['Changed.'],
      story: [],
      closing: [],
      state: 'final',
    });
    expect(answer.ok).toBe(false);
    expect(await list()).toEqual(before);
  });

  test('saves made inside the core (an import, the CLI) keep revisions too', () => {
    const t = useJournal();
    const drama = t.journal.dramas.create(sampleDrama);
    t.journal.reviews.save({ dramaId: drama.id, grade: 'A', reviewer: { name: 'J', location: '' }, intro: ['x y'], story: [], closing: [], state: 'final' });
    expect(t.journal.revisions.list(drama.id)).toMatchObject([{ words: 2, preview: 'x y' }]);
  });
});

describe('word counts and previews', () => {
  test('words are runs of text with a letter or digit; Hangul counts like any other script', () => {
    expect(countWords('Two strangers meet — at the crossing...')).toBe(6);
    expect(countWords('사운드트랙 #2 는 좋았어요 !')).toBe(4);
    expect(countWords('  ')).toBe(0);
  });

  test('the preview is the first paragraph, cut at a word', () => {
    expect(previewOf([[], ['Story first.'], []])).toBe('Story first.');
    const long = 'word '.repeat(60).trim();
    const preview = previewOf([[long]], 40);
    expect(preview.endsWith('…')).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(41);
    expect(preview).not.toMatch(/wor…$/);
  });
});
