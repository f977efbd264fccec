import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { picturesRevisions } from '../../../../src-main/core/db/migrations/0003-pictures-revisions';
import { reviewListingIndex } from '../../../../src-main/core/db/migrations/0004-review-listing-index';
import { dramaCovers } from '../../../../src-main/core/db/migrations/0005-drama-covers';
import { LATEST_VERSION } from '../../../../src-main/core/db/migrations';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const before = [initial, castSearchEpisodeLength, picturesRevisions, reviewListingIndex];
const picture = (n: number, type = 'webp') => `${String(n).repeat(64)}.${type}`;

/** A journal from before covers: two dramas, one reviewed with a picture, a note and a cast member. */
function journalWithoutCovers(): string {
  return oldJournal(before, (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES (?, ?, '["Netflix"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    );
    drama.run('Soundtrack #2', '사운드트랙 #2', then, then);
    drama.run('Moonlit Ferry', '달빛 나루', then, then);
    db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at, pictures)
       VALUES (1, 'B+', 'Jill', 'USA', '["An intro."]', '["A story."]', '[]', 'final', ?, ?, ?)`,
    ).run(then, then, JSON.stringify([{ file: picture(1, 'jpg'), alt: 'A still', section: 'story', afterParagraph: 1 }]));
    db.prepare(`INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (2, 3, 'The ferry scene.', ?, ?)`).run(then, then);
    db.prepare(`INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (1, 'Keum Sae Rok', NULL, 'lead', 1)`).run();
  });
}

test('a journal from before covers keeps everything, and every drama starts without a cover', () => {
  const path = journalWithoutCovers();
  const old = snapshot(openRaw(path));
  const journal = openToday(path);
  expect(journal.version).toBe(LATEST_VERSION);
  const now = snapshot(journal.db);
  for (const [table, rows] of Object.entries(old.rows)) {
    if (table.startsWith('search_')) continue; // the index is rebuilt as the journal opens
    expect(now.rows[table], table).toEqual(rows);
  }
  expect(now.rows.drama_covers).toEqual([]);
  expect(journal.covers.get(1)).toBeNull();
  expect(journal.dramas.get(2).notes.map((n) => n.text)).toEqual(['The ferry scene.']);
  expect(journal.reviews.pictureFiles()).toEqual([picture(1, 'jpg')]);
});

test('a cover keeps to its rules: one per drama, named files, gone with its drama', () => {
  const journal = openToday(journalWithoutCovers());
  const put = journal.db.prepare(
    `INSERT INTO drama_covers (drama_id, file, width, height, web_file, thumb_file, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  put.run(1, picture(1, 'png'), 600, 900, picture(2), picture(3), then);
  expect(() => put.run(1, picture(4, 'png'), 600, 900, picture(2), picture(3), then)).toThrow(/UNIQUE/);
  expect(() => put.run(2, '../journal.sqlite', 600, 900, picture(2), picture(3), then)).toThrow(/CHECK/);
  expect(() => put.run(2, picture(4, 'png'), 0, 900, picture(2), picture(3), then)).toThrow(/CHECK/);
  expect(() => put.run(99, picture(4, 'png'), 600, 900, picture(2), picture(3), then)).toThrow(/FOREIGN KEY/);
  expect(journal.covers.files().sort()).toEqual([picture(1, 'png'), picture(2), picture(3)].sort());
  journal.dramas.delete(1);
  expect(journal.covers.files()).toEqual([]);
});

test('a failing step after it leaves the journal from before covers exactly as it was', () => {
  const path = journalWithoutCovers();
  const db = openRaw(path);
  const was = snapshot(db);
  const broken = { version: dramaCovers.version + 1, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [...before, dramaCovers, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(was);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'drama_covers'").pluck().get()).toBe(0);
});
