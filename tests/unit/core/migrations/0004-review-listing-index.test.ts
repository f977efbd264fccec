import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { reviewListingIndex } from '../../../../src-main/core/db/migrations/0004-review-listing-index';
import { readIndex } from '../../../../src-main/core/site/read-journal';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const later = '2025-07-01T10:00:00.000Z';

/** A version-3 journal with three dramas, two of them reviewed (one with a picture), written as version 3 wrote them. */
function versionThreeJournal(): string {
  return oldJournal([initial, castSearchEpisodeLength, picturesRevisions], (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES (?, ?, '["Netflix"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    );
    drama.run('Soundtrack #2', '사운드트랙 #2', then, then);
    drama.run('Unreviewed', '미정', then, then);
    drama.run('Work In Progress', '초안', then, then);
    const review = db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at, pictures)
       VALUES (?, ?, 'Jill', 'USA', '["An intro."]', '["A story."]', '[]', ?, ?, ?, ?)`,
    );
    const picture = JSON.stringify([{ file: `${'a'.repeat(64)}.jpg`, alt: 'A still', section: 'story', afterParagraph: 1 }]);
    review.run(1, 'B+', 'final', then, later, picture);
    review.run(3, null, 'draft', then, then, '[]');
  });
}

test('it is version 4, after pictures and revisions', () => {
  expect(reviewListingIndex.version).toBe(4);
  expect(MIGRATIONS.map((m) => m.version).slice(0, 4)).toEqual([1, 2, 3, 4]);
});

test('a version-3 journal keeps every review, and the export reads their state, grade, times and pictures from the new index', () => {
  const journal = openToday(versionThreeJournal());
  expect(journal.version).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  expect(readIndex(journal)).toEqual([
    {
      id: 1,
      title: 'Soundtrack #2',
      dramaUpdatedAt: then,
      finishedOn: null,
      review: { state: 'final', grade: 'B+', createdAt: then, updatedAt: later, pictures: [{ file: `${'a'.repeat(64)}.jpg`, alt: 'A still', section: 'story', afterParagraph: 1 }] },
    },
    { id: 2, title: 'Unreviewed', dramaUpdatedAt: then, finishedOn: null, review: null },
    { id: 3, title: 'Work In Progress', dramaUpdatedAt: then, finishedOn: null, review: { state: 'draft', grade: null, createdAt: then, updatedAt: then, pictures: [] } },
  ]);
  const plan = journal.db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT d.id, r.state, r.grade, r.created_at, r.updated_at, r.pictures
       FROM dramas d LEFT JOIN reviews r INDEXED BY reviews_listing ON r.drama_id = d.id`,
    )
    .all() as { detail: string }[];
  expect(plan.map((row) => row.detail).join(' | ')).toContain('COVERING INDEX reviews_listing');
});

test('the index follows every later change to a review', () => {
  const journal = openToday(versionThreeJournal());
  const saved = journal.reviews.get(3)!;
  journal.reviews.save({ dramaId: 3, ...saved, grade: 'A-', state: 'final' });
  journal.reviews.delete(1);
  const listed = readIndex(journal);
  expect(listed.find((d) => d.id === 3)!.review).toMatchObject({ state: 'final', grade: 'A-' });
  expect(listed.find((d) => d.id === 1)!.review).toBeNull();
  expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
});

test('a failing step after it leaves the version-3 journal exactly as it was', () => {
  const path = versionThreeJournal();
  const db = openRaw(path);
  const before = snapshot(db);
  const broken = { version: 5, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [initial, castSearchEpisodeLength, picturesRevisions, reviewListingIndex, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(before);
  expect(db.pragma('user_version', { simple: true })).toBe(3);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'reviews_listing'").pluck().get()).toBe(0);
});
