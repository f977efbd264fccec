import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { reviewListingIndex } from '../../../../src-main/core/db/migrations/0004-review-listing-index';
import { dramaCovers } from '../../../../src-main/core/db/migrations/0005-drama-covers';
import { userLists } from '../../../../src-main/core/db/migrations/0006-user-lists';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const before = [initial, castSearchEpisodeLength, picturesRevisions, reviewListingIndex, dramaCovers];

/** A journal from before lists, with two dramas and a note. */
function journalWithoutLists(): string {
  return oldJournal(before, (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES (?, ?, '["Netflix"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    );
    drama.run('Soundtrack #2', '사운드트랙 #2', then, then);
    drama.run('Tears of War', '전쟁의 눈물', then, then);
    db.prepare("INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (1, NULL, 'Kept.', ?, ?)").run(then, then);
  });
}

test('an older journal keeps every drama and note, and starts with no lists', () => {
  const journal = openToday(journalWithoutLists());
  expect(journal.dramas.all().map((d) => [d.title, d.notes.map((n) => n.text)])).toEqual([
    ['Soundtrack #2', ['Kept.']],
    ['Tears of War', []],
  ]);
  expect(journal.lists.all()).toEqual([]);
});

test('a new list is private, and its items go with their drama', () => {
  const journal = openToday(journalWithoutLists());
  const list = journal.lists.create({ name: 'Comfort rewatches' });
  expect(list.public).toBe(false);
  journal.lists.add({ listId: list.id, dramaId: 1 });
  journal.lists.add({ listId: list.id, dramaId: 2 });
  journal.dramas.delete(1);
  expect(journal.lists.get(list.id).items.map((i) => [i.title, i.position])).toEqual([['Tears of War', 1]]);
  expect(journal.db.pragma('foreign_key_check')).toEqual([]);
});

test('a failing step after it leaves the older journal exactly as it was', () => {
  const path = journalWithoutLists();
  const db = openRaw(path);
  const was = snapshot(db);
  const broken = { version: 7, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [...before, userLists, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(was);
  expect(db.pragma('user_version', { simple: true })).toBe(dramaCovers.version);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('lists', 'list_items')").pluck().get()).toBe(0);
});
