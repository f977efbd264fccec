import type { Migration } from './migration';

/** The first journal: dramas with their watch record, reviews, notes and settings. */
export const initial: Migration = {
  version: 1,
  name: 'initial journal',
  up(db) {
    db.exec(`
      CREATE TABLE dramas (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        native_title TEXT NOT NULL,
        platforms TEXT NOT NULL CHECK (json_valid(platforms) AND json_type(platforms) = 'array'),
        aired_year INTEGER NOT NULL,
        aired_month INTEGER NOT NULL CHECK (aired_month BETWEEN 1 AND 12),
        episodes INTEGER NOT NULL CHECK (episodes >= 1),
        genres TEXT NOT NULL CHECK (json_valid(genres) AND json_type(genres) = 'array'),
        status TEXT NOT NULL CHECK (status IN ('plan-to-watch', 'watching', 'on-hold', 'dropped', 'completed')),
        episodes_watched INTEGER NOT NULL DEFAULT 0 CHECK (episodes_watched >= 0),
        started_on TEXT,
        finished_on TEXT,
        rewatches INTEGER NOT NULL DEFAULT 0 CHECK (rewatches >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dramas_title ON dramas (title COLLATE NOCASE);
      CREATE INDEX dramas_finished_on ON dramas (finished_on);

      CREATE TABLE reviews (
        drama_id INTEGER PRIMARY KEY REFERENCES dramas (id) ON DELETE CASCADE,
        grade TEXT CHECK (grade IN ('A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F')),
        reviewer_name TEXT NOT NULL,
        reviewer_location TEXT NOT NULL,
        intro TEXT NOT NULL CHECK (json_valid(intro)),
        story TEXT NOT NULL CHECK (json_valid(story)),
        closing TEXT NOT NULL CHECK (json_valid(closing)),
        state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        episode INTEGER CHECK (episode IS NULL OR episode >= 1),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_drama ON notes (drama_id, episode);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
