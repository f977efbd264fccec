import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';

/** A version-2 journal with two dramas, one of them reviewed, written as version 2 wrote them. */
function versionTwoJournal(): string {
  return oldJournal([initial, castSearchEpisodeLength], (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES (?, ?, '["Netflix"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    );
    drama.run('Soundtrack #2', '사운드트랙 #2', then, then);
    drama.run('Unreviewed', '미정', then, then);
    db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
       VALUES (1, 'B+', 'Jill', 'USA', ?, ?, ?, 'final', ?, ?)`,
    ).run(JSON.stringify(['A short drama with lovely music.']), JSON.stringify(['Hyeon Seo teaches piano.', '두 사람은 다시 만난다.']), '[]', then, then);
  });
}

test('it is version 3, after the cast and search index', () => {
  expect(picturesRevisions.version).toBe(3);
  expect(MIGRATIONS.map((m) => m.version).slice(0, 3)).toEqual([1, 2, 3]);
});

test('a version-2 journal keeps its reviews, which have no pictures yet and one revision each, dated when last changed', () => {
  const journal = openToday(versionTwoJournal());
  expect(journal.version).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  const review = journal.reviews.get(1)!;
  expect(review).toMatchObject({ grade: 'B+', state: 'final', pictures: [], story: ['Hyeon Seo teaches piano.', '두 사람은 다시 만난다.'] });
  expect(journal.reviews.get(2)).toBeNull();

  const revisions = journal.revisions.list(1);
  expect(revisions).toEqual([
    {
      id: expect.any(Number),
      dramaId: 1,
      savedAt: then,
      words: 14,
      preview: 'A short drama with lovely music.',
      restoredFrom: null,
      changes: {
        first: true,
        grade: { from: null, to: 'B+' },
        wordsAdded: 14,
        wordsRemoved: 0,
        sections: ['intro', 'story'],
        reviewer: true,
        excerpt: { kind: 'added', text: 'A short drama with lovely music.' },
      },
    },
  ]);
  expect(journal.revisions.get(revisions[0]!.id).content).toEqual({
    grade: 'B+',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: ['A short drama with lovely music.'],
    story: ['Hyeon Seo teaches piano.', '두 사람은 다시 만난다.'],
    closing: [],
    pictures: [],
  });
  expect(journal.revisions.list(2)).toEqual([]);
});

test('the new tables and columns are checked by the database too', () => {
  const journal = openToday(versionTwoJournal());
  expect(() => journal.db.prepare("UPDATE reviews SET pictures = 'not json' WHERE drama_id = 1").run()).toThrow(/CHECK constraint/);
  expect(() => journal.db.prepare("UPDATE reviews SET pictures = '{}' WHERE drama_id = 1").run()).toThrow(/CHECK constraint/);
  expect(() =>
    journal.db.prepare("INSERT INTO review_revisions (drama_id, started_at, saved_at, words, preview, content) VALUES (99, 'x', 'x', 0, '', '{}')").run(),
  ).toThrow(/FOREIGN KEY/);
  const strict = journal.db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'review_revisions'").pluck().get();
  expect(strict).toBe(1);
});

test('a failing step after it leaves the version-2 journal exactly as it was', () => {
  const path = versionTwoJournal();
  const db = openRaw(path);
  const before = snapshot(db);
  const broken = { version: 4, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [initial, castSearchEpisodeLength, picturesRevisions, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(before);
  expect(db.pragma('user_version', { simple: true })).toBe(2);
});
