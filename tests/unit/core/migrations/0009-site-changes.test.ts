import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { reviewListingIndex } from '../../../../src-main/core/db/migrations/0004-review-listing-index';
import { dramaCovers } from '../../../../src-main/core/db/migrations/0005-drama-covers';
import { userLists } from '../../../../src-main/core/db/migrations/0006-user-lists';
import { watchDiary } from '../../../../src-main/core/db/migrations/0007-watch-diary';
import type { Journal } from '../../../../src-main/core/journal';
import { sampleDrama } from '../../../support/temp-journal';
import { oldJournal, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const before = [initial, castSearchEpisodeLength, picturesRevisions, reviewListingIndex, dramaCovers, userLists, watchDiary];

function journalBeforeTheLog(): string {
  return oldJournal(before, (db) => {
    db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES ('Soundtrack #2', '사운드트랙 #2', '["Disney+"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    ).run(then, then);
  });
}

/** The log: drama id → the number of its latest change. */
const log = (journal: Journal) =>
  new Map((journal.db.prepare('SELECT drama_id, seq FROM site_changes').raw().all() as [number, number][]).map(([id, seq]) => [id, seq]));
const latest = (journal: Journal) => Math.max(0, ...log(journal).values());

test('an older journal keeps its dramas and starts with an empty log', () => {
  const journal = openToday(journalBeforeTheLog());
  expect(journal.dramas.all().map((d) => d.title)).toEqual(['Soundtrack #2']);
  expect(log(journal).size).toBe(0);
});

test('every change to a drama, its review, its cast or its cover logs the drama with a number higher than any before', () => {
  const journal = openToday(journalBeforeTheLog());
  const other = journal.dramas.create(sampleDrama).id;
  const changes: [string, () => void][] = [
    ['drama edited', () => journal.dramas.update({ id: 1, title: 'Soundtrack #2 (Director’s Cut)' })],
    ['review saved', () => journal.reviews.save({ dramaId: 1, grade: 'B+', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Hi.'], story: ['Yes.'], closing: [], state: 'final' })],
    ['review saved again', () => journal.reviews.save({ ...journal.reviews.get(1)!, dramaId: 1, story: ['No.'] })],
    ['actor added', () => journal.cast.add({ dramaId: 1, actor: 'Han Hyo Joo', character: 'Eun Seo', role: 'lead' })],
    ['actor edited', () => journal.cast.update({ id: journal.cast.list(1)[0].id, character: 'Kim Eun Seo' })],
    ['actor removed', () => journal.cast.delete(journal.cast.list(1)[0].id)],
    ['watch record', () => journal.dramas.updateWatch({ id: 1, finishedOn: '2024-02-01' })],
    ['review deleted', () => journal.reviews.delete(1)],
  ];
  for (const [what, change] of changes) {
    const highest = latest(journal);
    const untouched = log(journal).get(other);
    journal.transaction(change);
    expect(log(journal).get(1), what).toBeGreaterThan(highest);
    expect(log(journal).get(other), what).toBe(untouched);
  }
  const highest = latest(journal);
  journal.transaction(() => journal.dramas.delete(1));
  // The row stays: it tells a later reader the drama is gone.
  expect(log(journal).get(1)).toBeGreaterThan(highest);
});

test('a change made by another process is logged too', () => {
  const journal = openToday(journalBeforeTheLog());
  const highest = latest(journal);
  const elsewhere = new BetterSqlite3(journal.path);
  try {
    elsewhere.prepare("UPDATE dramas SET title = 'Renamed elsewhere' WHERE id = 1").run();
  } finally {
    elsewhere.close();
  }
  expect(log(journal).get(1)).toBeGreaterThan(highest);
});
