import { expect, test } from 'vitest';
import { JournalError } from '../../../../src-main/core/common/errors';
import type { WatchRecord } from '../../../../src-main/core/common/model';
import { drama, noonClock, useJournal } from '../fixtures';

function journalWith(watch: Partial<WatchRecord> = {}) {
  const { journal } = useJournal(noonClock('2026-05-10'));
  const { id } = journal.dramas.create(drama({ episodes: 3, watch }));
  return { journal, id };
}

test('logging a finished watch of a drama being watched finishes that watch', () => {
  const { journal, id } = journalWith({ status: 'watching', episodesWatched: 1, startedOn: '2026-05-01' });
  journal.diary.logWatch({ dramaId: id, finishedOn: '2026-05-08' });
  expect(journal.diary.entries(id)).toMatchObject([{ status: 'completed', startedOn: '2026-05-01', finishedOn: '2026-05-08', rewatch: false }]);
  expect(journal.dramas.get(id).watch).toEqual({ status: 'completed', episodesWatched: 3, startedOn: '2026-05-01', finishedOn: '2026-05-08', rewatches: 0 });
});

test('a rewatch of a finished drama is a new latest entry, and the watch record and its count follow it', () => {
  const { journal, id } = journalWith({ status: 'completed', startedOn: '2024-01-01', finishedOn: '2024-02-01' });
  journal.diary.logWatch({ dramaId: id, rewatch: true, note: 'Better the second time' });
  expect(journal.diary.entries(id)).toMatchObject([
    { finishedOn: '2024-02-01', rewatch: false },
    { finishedOn: '2026-05-10', rewatch: true, note: 'Better the second time' },
  ]);
  expect(journal.dramas.get(id).watch).toEqual({ status: 'completed', episodesWatched: 3, startedOn: null, finishedOn: '2026-05-10', rewatches: 1 });
  expect(journal.diary.list({ year: 2026 }).map((e) => [e.title, e.finishedOn, e.rewatch])).toEqual([[journal.dramas.get(id).title, '2026-05-10', true]]);
  expect(journal.diary.list({ year: 2024 })).toHaveLength(1);
});

test('a second first watch of a finished drama is refused, and nothing changes', () => {
  const { journal, id } = journalWith({ status: 'completed', finishedOn: '2024-02-01' });
  const before = journal.diary.entries(id);
  let error: unknown;
  try {
    journal.diary.logWatch({ dramaId: id, finishedOn: '2026-01-01' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(JournalError);
  expect((error as JournalError).code).toBe('conflict');
  expect((error as JournalError).message).toContain('log it as a rewatch');
  expect(journal.diary.entries(id)).toEqual(before);
});

test('changing the rewatch count adds or removes undated rewatches, never dated ones', () => {
  const { journal, id } = journalWith({ status: 'completed', finishedOn: '2024-02-01' });
  journal.dramas.updateWatch({ id, rewatches: 2 });
  expect(journal.diary.entries(id).map((e) => [e.rewatch, e.finishedOn])).toEqual([[true, null], [true, null], [false, '2024-02-01']]);
  journal.diary.logWatch({ dramaId: id, rewatch: true, finishedOn: '2025-03-03' });
  expect(journal.dramas.get(id).watch.rewatches).toBe(3);
  journal.dramas.updateWatch({ id, rewatches: 1 });
  expect(journal.diary.entries(id).map((e) => [e.rewatch, e.finishedOn])).toEqual([[false, '2024-02-01'], [true, '2025-03-03']]);
  expect(() => journal.dramas.updateWatch({ id, rewatches: 0 })).toThrow('delete those entries from the diary');
  expect(journal.dramas.get(id).watch.rewatches).toBe(1);
});

test('+1 episode logs the day it was watched', () => {
  const { journal, id } = journalWith();
  journal.dramas.nextEpisode(id);
  journal.dramas.nextEpisode(id);
  expect(journal.diary.episodeLog(id)).toEqual([
    { episode: 1, watchedOn: '2026-05-10', grade: null },
    { episode: 2, watchedOn: '2026-05-10', grade: null },
  ]);
});
