import { describe, expect, test } from 'vitest';
import type { Drama, DramaSummary } from '../../../src-main/core/common/model';
import { drama, ok, useJournal } from './fixtures';

describe('creating a drama', () => {
  test('stores every field and starts an empty watch record', async () => {
    const { dispatch, journal } = useJournal();
    const created = await ok<Drama>(
      dispatch('dramas.create', drama({ platforms: ['Disney+', 'Hulu'], genres: ['Thriller', 'Romance', 'Comedy'] })),
    );
    expect(created).toMatchObject({
      id: 1,
      title: 'Moonlit Ferry',
      nativeTitle: '달빛 나루',
      platforms: ['Disney+', 'Hulu'],
      aired: { year: 2024, month: 3 },
      episodes: 12,
      genres: ['Thriller', 'Romance', 'Comedy'],
      watch: { status: 'plan-to-watch', episodesWatched: 0, startedOn: null, finishedOn: null, rewatches: 0 },
      review: null,
      notes: [],
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(journal.dramas.get(1)).toEqual(created);
  });

  test('trims surrounding spaces from titles and names', async () => {
    const { dispatch } = useJournal();
    const created = await ok<Drama>(
      dispatch('dramas.create', drama({ title: '  Moonlit Ferry ', nativeTitle: ' 달빛 나루', platforms: [' tvN '], genres: ['Romance '] })),
    );
    expect(created).toMatchObject({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루', platforms: ['tvN'], genres: ['Romance'] });
  });

  test('with a watch record; completed without a count means every episode watched', async () => {
    const { dispatch } = useJournal();
    const watching = await ok<Drama>(
      dispatch('dramas.create', drama({ watch: { status: 'watching', episodesWatched: 4, startedOn: '2024-03-02' } })),
    );
    expect(watching.watch).toEqual({ status: 'watching', episodesWatched: 4, startedOn: '2024-03-02', finishedOn: null, rewatches: 0 });
    const done = await ok<Drama>(dispatch('dramas.create', drama({ title: 'Done', watch: { status: 'completed' } })));
    expect(done.watch).toMatchObject({ status: 'completed', episodesWatched: 12 });
  });

  test.each([
    [{ episodes: 0 }, 'episodes must be a whole number from 1 to 999'],
    [{ episodes: 1000 }, 'episodes must be a whole number from 1 to 999'],
    [{ episodes: 2.5 }, 'episodes must be a whole number from 1 to 999'],
    [{ title: '   ' }, 'English title is required'],
    [{ nativeTitle: 'x'.repeat(201) }, 'Korean title must be at most 200 characters'],
    [{ platforms: [''] }, 'platform is required'],
    [{ aired: { year: null, month: 3 } }, 'first aired year is needed with a month'],
    [{ genres: ['Romance', 'romance'] }, 'genres lists the same genre twice'],
    [{ aired: { year: 2024, month: 13 } }, 'first aired month must be a whole number from 1 to 12'],
    [{ aired: { year: 1800, month: 1 } }, 'first aired year must be a whole number from 1900 to 2100'],
    [{ watch: { episodesWatched: 13 } }, "episodes watched cannot be more than the drama's 12 episodes"],
    [{ watch: { startedOn: '2024-03-10', finishedOn: '2024-03-01' } }, 'finished on cannot be before started on'],
    [{ watch: { startedOn: '2024-02-30' } }, 'started on must be a real date written YYYY-MM-DD'],
    [{ watch: { status: 'binged' } }, 'status must be one of plan-to-watch, watching, on-hold, dropped, completed'],
  ] as const)('refuses %j: %s', async (change, message) => {
    const { dispatch, journal } = useJournal();
    const answer = await dispatch('dramas.create', { ...drama(), ...change });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    expect(journal.dramas.list()).toEqual([]);
  });
});

describe('updating a drama', () => {
  test('changes only the fields given and moves updatedAt, not createdAt', async () => {
    const { dispatch } = useJournal();
    const created = await ok<Drama>(dispatch('dramas.create', drama()));
    const updated = await ok<Drama>(dispatch('dramas.update', { id: created.id, title: 'Moonlit Ferry (2024)', genres: ['Mystery'] }));
    expect(updated).toEqual({
      ...created,
      title: 'Moonlit Ferry (2024)',
      genres: ['Mystery'],
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  test('fewer episodes than watched brings the count down with them', async () => {
    const { dispatch } = useJournal();
    const created = await ok<Drama>(dispatch('dramas.create', drama({ watch: { episodesWatched: 10 } })));
    const updated = await ok<Drama>(dispatch('dramas.update', { id: created.id, episodes: 8 }));
    expect(updated.watch.episodesWatched).toBe(8);
  });

  test('but saying more episodes watched than the drama has is refused', async () => {
    const { dispatch, journal } = useJournal();
    const created = await ok<Drama>(dispatch('dramas.create', drama()));
    const answer = await dispatch('dramas.update', { id: created.id, episodes: 8, watch: { episodesWatched: 9 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', message: "episodes watched cannot be more than the drama's 8 episodes" } });
    expect(journal.dramas.get(created.id)).toEqual(created);
  });

  test('a drama that does not exist is not found', async () => {
    const { dispatch } = useJournal();
    expect(await dispatch('dramas.update', { id: 42, title: 'Nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' },
    });
    expect(await dispatch('dramas.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('deleting a drama', () => {
  test('removes it, and its review and notes with it, leaving the others alone', async () => {
    const { dispatch, journal } = useJournal();
    const gone = await ok<Drama>(dispatch('dramas.create', drama()));
    const kept = await ok<Drama>(dispatch('dramas.create', drama({ title: 'Kept' })));
    for (const id of [gone.id, kept.id]) {
      await ok(
        dispatch('reviews.save', {
          dramaId: id,
          grade: 'A',
          reviewer: { name: 'Mina', location: 'Seoul' },
          intro: ['Hello.'],
          story: [],
          closing: [],
          state: 'final',
        }),
      );
      await ok(dispatch('notes.add', { dramaId: id, episode: 1, text: 'First episode.' }));
      await ok(dispatch('notes.add', { dramaId: id, episode: null, text: 'On the whole.' }));
    }

    expect(await dispatch('dramas.delete', { id: gone.id })).toEqual({ ok: true, value: { undoToken: expect.any(String) } });

    expect(journal.dramas.list().map((d) => d.id)).toEqual([kept.id]);
    expect(journal.db.prepare('SELECT drama_id FROM reviews').pluck().all()).toEqual([kept.id]);
    expect(journal.db.prepare('SELECT DISTINCT drama_id FROM notes').pluck().all()).toEqual([kept.id]);
    expect(journal.dramas.get(kept.id).notes).toHaveLength(2);
    expect(await dispatch('dramas.delete', { id: gone.id })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' },
    });
  });
});

describe('reading dramas', () => {
  test('all() gives every drama in id order with its review and notes', async () => {
    const { dispatch, journal } = useJournal();
    await ok(dispatch('dramas.create', drama({ title: 'Zebra Crossing' })));
    await ok(dispatch('dramas.create', drama({ title: 'Apple Tree' })));
    await ok(dispatch('notes.add', { dramaId: 2, episode: null, text: 'note' }));
    const all = journal.dramas.all();
    expect(all.map((d) => d.title)).toEqual(['Zebra Crossing', 'Apple Tree']);
    expect(all[1].notes.map((n) => n.text)).toEqual(['note']);
  });

  test('finds a drama by title (any case) and air month', async () => {
    const { dispatch, journal } = useJournal();
    await ok(dispatch('dramas.create', drama()));
    expect(journal.dramas.findByTitleAndAired('moonlit ferry', { year: 2024, month: 3 })?.id).toBe(1);
    expect(journal.dramas.findByTitleAndAired('moonlit ferry', { year: 2024, month: 4 })).toBeNull();
  });

  test('suggests platforms and genres already used, most used first', async () => {
    const { dispatch } = useJournal();
    await ok(dispatch('dramas.create', drama({ platforms: ['tvN'], genres: ['Romance'] })));
    await ok(dispatch('dramas.create', drama({ title: 'B', platforms: ['Netflix', 'tvN'], genres: ['Comedy', 'Romance'] })));
    await ok(dispatch('dramas.create', drama({ title: 'C', platforms: ['Disney+'], genres: ['Romance'] })));
    const answer = await ok<{ platforms: string[]; genres: string[] }>(dispatch('dramas.suggestions', undefined));
    expect(answer).toEqual({ platforms: ['tvN', 'Disney+', 'Netflix'], genres: ['Romance', 'Comedy'] });
  });

  test('the library list carries grade, status, progress and review state', async () => {
    const { dispatch } = useJournal();
    await ok(dispatch('dramas.create', drama({ watch: { status: 'watching', episodesWatched: 3 } })));
    await ok(
      dispatch('reviews.save', {
        dramaId: 1,
        grade: 'B+',
        reviewer: { name: '', location: '' },
        intro: [],
        story: [],
        closing: [],
        state: 'draft',
      }),
    );
    const [row] = await ok<DramaSummary[]>(dispatch('dramas.list', {}));
    expect(row).toMatchObject({ id: 1, status: 'watching', episodesWatched: 3, episodes: 12, grade: 'B+', reviewState: 'draft', finishedOn: null });
  });
});
