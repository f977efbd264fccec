import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { reviewListingIndex } from '../../../../src-main/core/db/migrations/0004-review-listing-index';
import { dramaCovers } from '../../../../src-main/core/db/migrations/0005-drama-covers';
import { userLists } from '../../../../src-main/core/db/migrations/0006-user-lists';
import { watchDiary } from '../../../../src-main/core/db/migrations/0007-watch-diary';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const before = [initial, castSearchEpisodeLength, picturesRevisions, reviewListingIndex, dramaCovers, userLists];

/** A version-4 journal: a drama finished and rewatched twice, one being watched, one only planned. */
function versionFourJournal(): string {
  return oldJournal(before, (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched,
         started_on, finished_on, rewatches, created_at, updated_at)
       VALUES (?, '제목', '[]', 2023, 12, 6, '[]', ?, ?, ?, ?, ?, ?, ?)`,
    );
    drama.run('Soundtrack #2', 'completed', 6, '2024-01-03', '2024-01-20', 2, then, then);
    drama.run('Half Way', 'watching', 3, '2025-05-01', null, 0, then, then);
    drama.run('Someday', 'plan-to-watch', 0, null, null, 0, then, then);
  });
}

test('every watch record becomes the latest entry and every counted rewatch an undated rewatch entry', () => {
  const journal = openToday(versionFourJournal());
  expect(journal.diary.entries(1).map(({ id: _id, ...entry }) => entry)).toEqual([
    { dramaId: 1, startedOn: null, finishedOn: null, status: 'completed', rewatch: true, note: null },
    { dramaId: 1, startedOn: null, finishedOn: null, status: 'completed', rewatch: true, note: null },
    { dramaId: 1, startedOn: '2024-01-03', finishedOn: '2024-01-20', status: 'completed', rewatch: false, note: null },
  ]);
  expect(journal.diary.entries(2)).toMatchObject([{ status: 'watching', startedOn: '2025-05-01', finishedOn: null, rewatch: false }]);
  expect(journal.diary.entries(3)).toMatchObject([{ status: 'plan-to-watch', startedOn: null, rewatch: false }]);
});

test('the watch record callers read is unchanged, its rewatches the count of rewatch entries', () => {
  const journal = openToday(versionFourJournal());
  expect(journal.dramas.get(1).watch).toEqual({ status: 'completed', episodesWatched: 6, startedOn: '2024-01-03', finishedOn: '2024-01-20', rewatches: 2 });
  expect(journal.dramas.get(2).watch).toEqual({ status: 'watching', episodesWatched: 3, startedOn: '2025-05-01', finishedOn: null, rewatches: 0 });
  expect(journal.diary.episodeLog(1)).toEqual([]);
  expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
});

test('a failing step after it leaves the version-4 journal exactly as it was', () => {
  const path = versionFourJournal();
  const db = openRaw(path);
  const old = snapshot(db);
  const broken = { version: 8, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [...before, watchDiary, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(old);
  expect(db.pragma('user_version', { simple: true })).toBe(userLists.version);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'diary_entries'").pluck().get()).toBe(0);
});
