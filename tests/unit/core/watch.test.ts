import { describe, expect, test } from 'vitest';
import type { Drama, WatchRecord } from '../../../src-main/core/common/model';
import { drama, noonClock, ok, useJournal } from './fixtures';

async function withDrama(watch: Partial<WatchRecord> = {}, episodes = 12) {
  const t = useJournal(noonClock('2026-05-10'));
  const created = await ok<Drama>(t.dispatch('dramas.create', drama({ episodes, watch })));
  return { ...t, id: created.id };
}

describe('updating the watch record', () => {
  test('sets status, progress, dates and rewatches', async () => {
    const { dispatch, id } = await withDrama();
    const updated = await ok<Drama>(
      dispatch('watch.update', { id, status: 'on-hold', episodesWatched: 5, startedOn: '2026-04-01', rewatches: 1 }),
    );
    expect(updated.watch).toEqual({ status: 'on-hold', episodesWatched: 5, startedOn: '2026-04-01', finishedOn: null, rewatches: 1 });
  });

  test('keeps what is not mentioned', async () => {
    const { dispatch, id } = await withDrama({ status: 'watching', episodesWatched: 3, startedOn: '2026-04-01' });
    const updated = await ok<Drama>(dispatch('watch.update', { id, rewatches: 2 }));
    expect(updated.watch).toEqual({ status: 'watching', episodesWatched: 3, startedOn: '2026-04-01', finishedOn: null, rewatches: 2 });
  });

  test('completed without a count marks every episode watched; with a count keeps the count', async () => {
    const { dispatch, id } = await withDrama({ status: 'watching', episodesWatched: 3 });
    expect((await ok<Drama>(dispatch('watch.update', { id, status: 'completed' }))).watch.episodesWatched).toBe(12);
    expect((await ok<Drama>(dispatch('watch.update', { id, status: 'completed', episodesWatched: 11 }))).watch.episodesWatched).toBe(11);
  });

  test('dates can be cleared again', async () => {
    const { dispatch, id } = await withDrama({ startedOn: '2026-04-01', finishedOn: '2026-04-20' });
    const updated = await ok<Drama>(dispatch('watch.update', { id, startedOn: null, finishedOn: null }));
    expect(updated.watch).toMatchObject({ startedOn: null, finishedOn: null });
  });

  test.each([
    [{ episodesWatched: 13 }, "episodes watched cannot be more than the drama's 12 episodes"],
    [{ finishedOn: '2026-03-31' }, 'finished on cannot be before started on'],
    [{ startedOn: '2026-04-21', finishedOn: '2026-04-20' }, 'finished on cannot be before started on'],
    [{ startedOn: '2026-4-1' }, 'started on must be a real date written YYYY-MM-DD'],
    [{ finishedOn: '2026-02-29' }, 'finished on must be a real date written YYYY-MM-DD'],
    [{ episodesWatched: -1 }, 'episodes watched must be a whole number from 0 to 999'],
    [{ rewatches: 1.5 }, 'rewatches must be a whole number from 0 to 999'],
    [{ status: 'Watching' }, 'status must be one of plan-to-watch, watching, on-hold, dropped, completed'],
  ] as const)('refuses %j: %s', async (change, message) => {
    const { dispatch, journal, id } = await withDrama({ status: 'watching', startedOn: '2026-04-01', episodesWatched: 2 });
    const before = journal.dramas.get(id);
    expect(await dispatch('watch.update', { id, ...change })).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    expect(journal.dramas.get(id)).toEqual(before);
  });
});

describe('next episode', () => {
  const today = '2026-05-10';

  test('from plan to watch: starts watching today with episode 1', async () => {
    const { dispatch, id } = await withDrama();
    const next = await ok<Drama>(dispatch('watch.nextEpisode', { id }));
    expect(next.watch).toEqual({ status: 'watching', episodesWatched: 1, startedOn: today, finishedOn: null, rewatches: 0 });
  });

  test('from on hold: back to watching, keeping the day it was started', async () => {
    const { dispatch, id } = await withDrama({ status: 'on-hold', episodesWatched: 4, startedOn: '2026-01-03' });
    const next = await ok<Drama>(dispatch('watch.nextEpisode', { id }));
    expect(next.watch).toMatchObject({ status: 'watching', episodesWatched: 5, startedOn: '2026-01-03' });
  });

  test('while watching: one more episode, nothing else changes', async () => {
    const { dispatch, id } = await withDrama({ status: 'watching', episodesWatched: 6, startedOn: '2026-01-03' });
    const next = await ok<Drama>(dispatch('watch.nextEpisode', { id }));
    expect(next.watch).toEqual({ status: 'watching', episodesWatched: 7, startedOn: '2026-01-03', finishedOn: null, rewatches: 0 });
  });

  test('the last episode completes the drama and sets the finish day', async () => {
    const { dispatch, id } = await withDrama({ status: 'watching', episodesWatched: 11, startedOn: '2026-01-03' });
    const next = await ok<Drama>(dispatch('watch.nextEpisode', { id }));
    expect(next.watch).toEqual({ status: 'completed', episodesWatched: 12, startedOn: '2026-01-03', finishedOn: today, rewatches: 0 });
  });

  test('a one-episode special goes from planned to completed, started and finished today', async () => {
    const { dispatch, id } = await withDrama({}, 1);
    const next = await ok<Drama>(dispatch('watch.nextEpisode', { id }));
    expect(next.watch).toEqual({ status: 'completed', episodesWatched: 1, startedOn: today, finishedOn: today, rewatches: 0 });
  });

  test('after the last episode there is no next one, and nothing changes', async () => {
    const { dispatch, journal, id } = await withDrama({ status: 'completed' });
    const before = journal.dramas.get(id);
    expect(await dispatch('watch.nextEpisode', { id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'every episode of Moonlit Ferry is already watched' },
    });
    expect(journal.dramas.get(id)).toEqual(before);
  });

  test('a drama that does not exist is not found', async () => {
    const { dispatch } = await withDrama();
    expect(await dispatch('watch.nextEpisode', { id: 99 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
