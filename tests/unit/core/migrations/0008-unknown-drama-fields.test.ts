import { expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { unknownDramaFields } from '../../../../src-main/core/db/migrations/0008-unknown-drama-fields';
import { snapshot } from '../journal-snapshot';
import { oldJournal, openRaw, openToday } from './old-journal';

const then = '2025-06-01T10:00:00.000Z';
const before = MIGRATIONS.filter((m) => m.version < unknownDramaFields.version);

/** A version-7 journal: two dramas with a review, a note, a cast member, a diary, a list and a cover row each pointing at them. */
function versionSevenJournal(): string {
  return oldJournal(before, (db) => {
    const drama = db.prepare(
      `INSERT INTO dramas (id, title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched,
         started_on, finished_on, rewatches, created_at, updated_at, episode_minutes)
       VALUES (?, ?, '제목', '["tvN"]', 2023, 12, 6, '["Romance"]', 'completed', 6, '2024-01-03', '2024-01-20', 0, ?, ?, ?)`,
    );
    drama.run(4, 'Soundtrack #2', then, then, 45);
    drama.run(9, 'Half Way', then, then, 60);
    db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, pictures, state, created_at, updated_at)
       VALUES (4, 'B+', 'Jill', 'USA', '["Intro."]', '["Story."]', '["End."]', '[]', 'final', ?, ?)`,
    ).run(then, then);
    db.prepare("INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (4, 2, 'A note.', ?, ?)").run(then, then);
    db.prepare("INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (9, 'Kim Soo Hyun', NULL, 'lead', 1)").run();
    db.prepare("INSERT INTO diary_entries (drama_id, seq, status, rewatch) VALUES (9, 0, 'completed', 0)").run();
  });
}

test('every drama keeps its id and every value; reviews, notes, cast and diary still point at them', () => {
  const path = versionSevenJournal();
  const raw = openRaw(path);
  const old = snapshot(raw);
  raw.close();
  const journal = openToday(path);
  const now = snapshot(journal.db);
  for (const table of ['dramas', 'reviews', 'notes', 'cast_members', 'diary_entries']) expect(now.rows[table], table).toEqual(old.rows[table]);
  expect(journal.dramas.get(4)).toMatchObject({ id: 4, title: 'Soundtrack #2', nativeTitle: '제목', aired: { year: 2023, month: 12 }, episodes: 6, episodeMinutes: 45 });
  expect(journal.dramas.get(4).review?.state).toBe('final');
  expect(journal.db.pragma('foreign_key_check')).toEqual([]);
  expect(journal.db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
});

test('the indexes and search triggers on dramas are made again exactly, and search still follows changes', () => {
  const path = versionSevenJournal();
  const raw = openRaw(path);
  const objects = () =>
    raw.prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'dramas' AND type IN ('index', 'trigger') ORDER BY name").all();
  const old = objects();
  // Up to this migration only: later ones may add triggers of their own (0009's site change log).
  migrate(raw, path, [...before, unknownDramaFields]);
  expect(objects()).toEqual(old);
  raw.close();
  const journal = openToday(path);
  journal.dramas.update({ id: 9, title: 'Halfway Home' });
  expect(journal.search.search({ text: 'halfway' }).map((r) => r.dramaId)).toEqual([9]);
  journal.dramas.delete(9);
  expect(journal.search.search({ text: 'halfway' })).toEqual([]);
});

test('new dramas may leave every field but the title unknown; a month still needs its year', () => {
  const journal = openToday(versionSevenJournal());
  const added = journal.dramas.create({ title: 'Someday' });
  expect(added).toMatchObject({ nativeTitle: null, aired: { year: null, month: null }, episodes: null, platforms: [], genres: [] });
  expect(() =>
    journal.db.prepare("UPDATE dramas SET aired_year = NULL, aired_month = 3 WHERE id = ?").run(added.id),
  ).toThrow(/CHECK constraint/);
});

test('a failing step after it leaves the version-7 journal exactly as it was, foreign keys back on', () => {
  const path = versionSevenJournal();
  const db = openRaw(path);
  db.pragma('foreign_keys = ON');
  const old = snapshot(db);
  const broken = { version: 9, name: 'broken', up: () => { throw new Error('boom'); } };
  expect(() => migrate(db, path, [...before, unknownDramaFields, broken])).toThrow('boom');
  expect(snapshot(db)).toEqual(old);
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.prepare("SELECT \"notnull\" FROM pragma_table_info('dramas') WHERE name = 'native_title'").pluck().get()).toBe(1);
});
