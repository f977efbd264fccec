import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { castSearchEpisodeLength } from '../../../../src-main/core/db/migrations/0002-cast-search-episode-length';
import { oldJournal, openRaw, openToday } from './old-journal';

const now = '2025-06-01T10:00:00.000Z';

/** A version-1 journal holding two dramas, a review and notes, written as version 1 wrote them. */
function versionOneJournal(): string {
  return oldJournal([initial], (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status,
         episodes_watched, finished_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?)`,
    );
    drama.run('Soundtrack #2', '사운드트랙 #2', '["Disney+","Hulu"]', 2023, 12, 6, '["Romance","Music"]', 6, '2024-12-20', now, now);
    drama.run('Tears of War', '눈물의 <전쟁>', '["tvN"]', 2022, 4, 16, '["War"]', 3, null, now, now);
    db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
       VALUES (1, 'B+', 'Jill', 'USA', ?, ?, '[]', 'final', ?, ?)`,
    ).run(JSON.stringify(['A short drama with lovely cinematography.']), JSON.stringify(['Do Hyeon Seo (Keum Sae Rok) teaches piano.']), now, now);
    db.prepare("INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (2, 3, 'the bridge scene', ?, ?)").run(now, now);
  });
}

test('it is version 2, the step after the initial journal', () => {
  expect(castSearchEpisodeLength.version).toBe(2);
  expect(MIGRATIONS.map((m) => m.version).slice(0, 2)).toEqual([1, 2]);
});

test('a version-1 journal with data opens at the latest version with every drama, review and note kept', () => {
  const path = versionOneJournal();
  const journal = openToday(path);
  expect(journal.version).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
  const [soundtrack, tears] = journal.dramas.all();
  expect(soundtrack).toMatchObject({
    title: 'Soundtrack #2',
    nativeTitle: '사운드트랙 #2',
    platforms: ['Disney+', 'Hulu'],
    aired: { year: 2023, month: 12 },
    episodes: 6,
    genres: ['Romance', 'Music'],
    episodeMinutes: 60,
    watch: { status: 'completed', episodesWatched: 6, finishedOn: '2024-12-20' },
    review: { grade: 'B+', reviewer: { name: 'Jill', location: 'USA' }, state: 'final', createdAt: now },
    createdAt: now,
    updatedAt: now,
  });
  expect(tears.notes.map((n) => n.text)).toEqual(['the bridge scene']);
  expect(journal.cast.list(1)).toEqual([]);
});

test('the search index is backfilled from the existing dramas, reviews and notes', () => {
  const journal = openToday(versionOneJournal());
  expect(journal.search.search({ text: '사운드' }).map((r) => r.title)).toEqual(['Soundtrack #2']);
  expect(journal.search.search({ text: '전쟁' }).map((r) => r.title)).toEqual(['Tears of War']);
  expect(journal.search.search({ text: 'cinematog' })[0]).toMatchObject({ title: 'Soundtrack #2', matchedIn: ['review'] });
  expect(journal.search.search({ text: 'bridge' })[0]).toMatchObject({ title: 'Tears of War', matchedIn: ['notes'] });
  expect(journal.db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
});

test('episode length is checked by the database too', () => {
  const journal = openToday(versionOneJournal());
  expect(() => journal.db.prepare('UPDATE dramas SET episode_minutes = 0 WHERE id = 1').run()).toThrow(/CHECK constraint/);
  expect(() => journal.db.prepare("INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (1, 'X Y', NULL, 'hero', 1)").run()).toThrow(
    /CHECK constraint/,
  );
});

test('a failing step leaves the version-1 journal exactly as it was', () => {
  const path = versionOneJournal();
  const db = openRaw(path);
  const broken = { version: 3, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [initial, castSearchEpisodeLength, broken])).toThrow('boom');
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  expect(tables).toEqual(['dramas', 'notes', 'reviews', 'settings']);
  expect(db.prepare('SELECT count(*) FROM dramas').pluck().get()).toBe(2);
});
