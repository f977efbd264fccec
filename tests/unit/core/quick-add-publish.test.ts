import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Drama } from '../../../src-main/core/common/model';
import { checkInput } from '../../../src-main/core/common/validation/parse';
import { publishProblems } from '../../../src-main/core/common/validation/publish-rules';
import { dramaCreateSchema } from '../../../src-main/core/common/validation/schemas';
import { exportSite } from '../../../src-main/core/site/export-site';
import { outputFolder } from '../site/helpers/site';
import { drama, ok, review, useJournal } from './fixtures';

const titleOnly = { title: 'Someday Maybe' };
const missingFields = ['nativeTitle', 'platforms', 'aired', 'episodes', 'genres'];

describe('quick to add', () => {
  test('only the English title is needed; every other field is stored as not known', async () => {
    const { dispatch } = useJournal();
    const added = await ok<Drama>(dispatch('dramas.create', titleOnly));
    expect(added).toMatchObject({ title: 'Someday Maybe', nativeTitle: null, platforms: [], aired: { year: null, month: null }, episodes: null, genres: [] });
  });

  test('the schema accepts empty boxes as not known, and still needs the title', () => {
    const empty = { title: 'Someday', nativeTitle: '  ', platforms: [], aired: { year: null, month: null }, episodes: null, genres: [] };
    expect(checkInput(dramaCreateSchema, empty)).toMatchObject({ ok: true, value: { nativeTitle: null, episodes: null } });
    const problems = checkInput(dramaCreateSchema, { ...empty, title: '', aired: { year: null, month: 4 }, episodes: 0 });
    expect(problems.ok ? [] : problems.problems.map((p) => p.field)).toEqual(['title', 'aired.year', 'episodes']);
  });

  test('a known field can be cleared again (null), and a drama with no episode count counts on without completing', async () => {
    const { dispatch } = useJournal();
    const added = await ok<Drama>(dispatch('dramas.create', drama()));
    const cleared = await ok<Drama>(dispatch('dramas.update', { id: added.id, episodes: null, nativeTitle: null }));
    expect(cleared).toMatchObject({ episodes: null, nativeTitle: null, title: added.title, platforms: added.platforms });
    let next = cleared;
    for (let i = 0; i < 14; i++) next = await ok<Drama>(dispatch('watch.nextEpisode', { id: added.id }));
    expect(next.watch).toMatchObject({ status: 'watching', episodesWatched: 14 });
    // A note may be on any episode while the count is not known.
    await ok(dispatch('notes.add', { dramaId: added.id, episode: 30, text: 'Later on.' }));
  });
});

describe('strict to publish', () => {
  test('publishProblems names each missing field, in the form order', () => {
    const problems = publishProblems({ title: 'x', nativeTitle: null, platforms: [], aired: { year: 2024, month: null }, episodes: null, genres: [] });
    expect(problems.map((p) => [p.code, p.field])).toEqual(missingFields.map((field) => ['invalid-input', field]));
    expect(publishProblems({ ...drama(), nativeTitle: '달', platforms: ['tvN'], aired: { year: 2024, month: 3 }, episodes: 2, genres: ['Drama'] })).toEqual([]);
  });

  test('marking final lists every missing field at once, as data, and saves nothing', async () => {
    const { dispatch, journal } = useJournal();
    await ok(dispatch('dramas.create', titleOnly));
    const answer = await dispatch('reviews.save', review({ grade: null }));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toMatchObject({ code: 'invalid-input', field: 'grade' });
    expect(answer.error.problems?.map((p) => p.field)).toEqual(['grade', ...missingFields]);
    expect(answer.error.message).toContain('Korean title is needed to publish');
    expect(journal.reviews.get(1)).toBeNull();
    // A draft needs none of it.
    await ok(dispatch('reviews.save', review({ grade: null, state: 'draft' })));
    await ok(dispatch('dramas.update', { id: 1, ...drama({ title: 'Someday Maybe' }) }));
    await ok(dispatch('reviews.save', review()));
    expect(journal.reviews.get(1)?.state).toBe('final');
  });

  test('exporting one review refuses with each missing field; the whole site leaves it out with a note', async () => {
    const { dispatch, journal } = useJournal();
    await ok(dispatch('dramas.create', drama()));
    await ok(dispatch('reviews.save', review()));
    await ok(dispatch('dramas.create', drama({ title: 'Second Ferry' })));
    await ok(dispatch('reviews.save', review({ dramaId: 2 })));
    // Cleared after marking final: the review stays final, but cannot be published as it is.
    await ok(dispatch('dramas.update', { id: 2, genres: [], aired: { year: 2024, month: null } }));

    const single = outputFolder().site;
    const refusal = await exportSite(journal, single, { onlyDramaId: 2 }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'invalid-input', field: 'aired' });
    expect((refusal as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['aired', 'genres']);
    expect(existsSync(single) && readdirSync(single).length).toBeFalsy();

    const site = outputFolder().site;
    const result = await exportSite(journal, site);
    expect(result.notes).toEqual([
      'Second Ferry needs the month and year it first aired and a genre before its review can be published; it was left out',
    ]);
    const files = readdirSync(site, { recursive: true }).map(String);
    expect(files.some((name) => name.includes('moonlit-ferry'))).toBe(true);
    expect(files.some((name) => name.includes('second-ferry'))).toBe(false);
  });
});
