import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrate } from '../../../../src-main/core/db/migrate';
import { initial } from '../../../../src-main/core/db/migrations/0001-initial';
import { tempDir } from '../../../support/temp-journal';
import { tableNames } from '../journal-snapshot';

let db: Database;
let cleanup = () => {};

beforeEach(() => {
  const temp = tempDir();
  db = new BetterSqlite3(join(temp.dir, 'v1.sqlite'));
  db.pragma('foreign_keys = ON');
  cleanup = () => {
    db.close();
    temp.cleanup();
  };
  expect(migrate(db, 'v1.sqlite', [initial])).toBe(1);
});
afterEach(() => cleanup());

const columns = (table: string) =>
  (db.prepare(`SELECT name, type, "notnull" FROM pragma_table_info(?) ORDER BY cid`).all(table) as {
    name: string;
    type: string;
    notnull: number;
  }[]).map((c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}`);

const now = '2026-01-01T00:00:00.000Z';
function insertDrama(overrides: Record<string, unknown> = {}): number {
  const row = {
    title: 'Moonlit Ferry',
    native_title: '달빛 나루',
    platforms: '["Netflix"]',
    aired_year: 2024,
    aired_month: 3,
    episodes: 12,
    genres: '["Romance"]',
    status: 'watching',
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  const names = Object.keys(row);
  return Number(
    db.prepare(`INSERT INTO dramas (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row)
      .lastInsertRowid,
  );
}

test('it is version 1 and creates the dramas, reviews, notes and settings tables, all STRICT', () => {
  expect(initial.version).toBe(1);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  expect(tableNames(db)).toEqual(['dramas', 'notes', 'reviews', 'settings']);
  const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  expect(strict).toEqual([
    { name: 'dramas', strict: 1 },
    { name: 'notes', strict: 1 },
    { name: 'reviews', strict: 1 },
    { name: 'settings', strict: 1 },
  ]);
});

test('the tables have the columns the repositories use', () => {
  expect(columns('dramas')).toEqual([
    'id INTEGER',
    'title TEXT NOT NULL',
    'native_title TEXT NOT NULL',
    'platforms TEXT NOT NULL',
    'aired_year INTEGER NOT NULL',
    'aired_month INTEGER NOT NULL',
    'episodes INTEGER NOT NULL',
    'genres TEXT NOT NULL',
    'status TEXT NOT NULL',
    'episodes_watched INTEGER NOT NULL',
    'started_on TEXT',
    'finished_on TEXT',
    'rewatches INTEGER NOT NULL',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
  ]);
  expect(columns('reviews')).toEqual([
    'drama_id INTEGER',
    'grade TEXT',
    'reviewer_name TEXT NOT NULL',
    'reviewer_location TEXT NOT NULL',
    'intro TEXT NOT NULL',
    'story TEXT NOT NULL',
    'closing TEXT NOT NULL',
    'state TEXT NOT NULL',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
  ]);
  expect(columns('notes')).toEqual([
    'id INTEGER',
    'drama_id INTEGER NOT NULL',
    'episode INTEGER',
    'text TEXT NOT NULL',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
  ]);
  expect(columns('settings')).toEqual(['key TEXT NOT NULL', 'value TEXT NOT NULL']);
});

test('it creates the indexes for title order, finished order and notes by drama', () => {
  const indexes = db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
  expect(indexes).toEqual([
    { name: 'dramas_finished_on', tbl_name: 'dramas' },
    { name: 'dramas_title', tbl_name: 'dramas' },
    { name: 'notes_drama', tbl_name: 'notes' },
  ]);
});

test('new dramas start with nothing watched and never rewatched', () => {
  const id = insertDrama();
  expect(db.prepare('SELECT episodes_watched, rewatches, started_on, finished_on FROM dramas WHERE id = ?').get(id)).toEqual({
    episodes_watched: 0,
    rewatches: 0,
    started_on: null,
    finished_on: null,
  });
});

describe('the database itself refuses values no Dramalog would write', () => {
  test.each([
    ['a status outside the list', { status: 'binged' }],
    ['month 13', { aired_month: 13 }],
    ['zero episodes', { episodes: 0 }],
    ['negative episodes watched', { episodes_watched: -1 }],
    ['negative rewatches', { rewatches: -2 }],
    ['platforms that are not a JSON array', { platforms: '"Netflix"' }],
    ['genres that are not JSON', { genres: 'Romance, Comedy' }],
    ['text in an integer column (STRICT)', { episodes: 'twelve' }],
    ['a missing title', { title: null }],
  ])('%s', (_label, overrides) => {
    expect(() => insertDrama(overrides)).toThrow();
    expect(db.prepare('SELECT count(*) FROM dramas').pluck().get()).toBe(0);
  });

  test('a review with an unknown grade or state, or for a drama that does not exist', () => {
    const id = insertDrama();
    const review = db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
       VALUES (?, ?, '', '', '[]', '[]', '[]', ?, ?, ?)`,
    );
    expect(() => review.run(id, 'E', 'draft', now, now)).toThrow(/CHECK/);
    expect(() => review.run(id, 'A', 'published', now, now)).toThrow(/CHECK/);
    expect(() => review.run(id + 1, 'A', 'draft', now, now)).toThrow(/FOREIGN KEY/);
    review.run(id, null, 'draft', now, now);
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(1);
  });

  test('a note on episode 0 or on a drama that does not exist', () => {
    const id = insertDrama();
    const note = db.prepare('INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => note.run(id, 0, 'x', now, now)).toThrow(/CHECK/);
    expect(() => note.run(id + 1, null, 'x', now, now)).toThrow(/FOREIGN KEY/);
  });

  test('a setting whose value is not JSON', () => {
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('siteTitle', 'not json')).toThrow(/CHECK/);
  });
});

test("deleting a drama deletes its review and notes (ON DELETE CASCADE)", () => {
  const id = insertDrama();
  const other = insertDrama({ title: 'Other' });
  db.prepare(
    `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
     VALUES (?, 'A', 'Mina', 'Seoul', '[]', '[]', '[]', 'final', ?, ?)`,
  ).run(id, now, now);
  const note = db.prepare('INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  note.run(id, 1, 'ep 1', now, now);
  note.run(id, null, 'whole drama', now, now);
  note.run(other, null, 'keep me', now, now);

  db.prepare('DELETE FROM dramas WHERE id = ?').run(id);
  expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(0);
  expect(db.prepare('SELECT text FROM notes').pluck().all()).toEqual(['keep me']);
});
