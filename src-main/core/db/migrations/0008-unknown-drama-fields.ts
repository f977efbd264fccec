import { queueForSearch } from './0002-cast-search-episode-length';
import type { Migration } from './migration';

/**
 * Only the English title is needed to add a drama: the Korean title, the first air
 * year and month and the episode count may be unknown (NULL) while a drama is planned
 * or being watched; platforms and genres may be empty lists. They are required again
 * when a review is published (core/common/validation/publish-rules.ts), not by the table.
 *
 * SQLite cannot drop NOT NULL in place, so the table is rebuilt by its documented
 * twelve steps (https://www.sqlite.org/lang_altertable.html#otheralter): the runner
 * turns foreign keys off around this migration (`rebuildsTables`) so dropping the old
 * table deletes no review, note or cast member, and checks them before committing.
 * Ids and every value are copied as they are; the indexes and the search triggers that
 * lived on the old table are made again exactly as migrations 1 and 2 made them.
 */
export const unknownDramaFields: Migration = {
  version: 8,
  name: 'drama fields may be unknown',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE dramas_rebuilt (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        native_title TEXT,
        platforms TEXT NOT NULL CHECK (json_valid(platforms) AND json_type(platforms) = 'array'),
        aired_year INTEGER,
        aired_month INTEGER CHECK (aired_month IS NULL OR (aired_month BETWEEN 1 AND 12 AND aired_year IS NOT NULL)),
        episodes INTEGER CHECK (episodes IS NULL OR episodes >= 1),
        genres TEXT NOT NULL CHECK (json_valid(genres) AND json_type(genres) = 'array'),
        status TEXT NOT NULL CHECK (status IN ('plan-to-watch', 'watching', 'on-hold', 'dropped', 'completed')),
        episodes_watched INTEGER NOT NULL DEFAULT 0 CHECK (episodes_watched >= 0),
        started_on TEXT,
        finished_on TEXT,
        rewatches INTEGER NOT NULL DEFAULT 0 CHECK (rewatches >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        episode_minutes INTEGER NOT NULL DEFAULT 60 CHECK (episode_minutes BETWEEN 1 AND 600)
      ) STRICT;

      INSERT INTO dramas_rebuilt (id, title, native_title, platforms, aired_year, aired_month, episodes, genres, status,
          episodes_watched, started_on, finished_on, rewatches, created_at, updated_at, episode_minutes)
        SELECT id, title, native_title, platforms, aired_year, aired_month, episodes, genres, status,
          episodes_watched, started_on, finished_on, rewatches, created_at, updated_at, episode_minutes
        FROM dramas;

      DROP TABLE dramas;
      ALTER TABLE dramas_rebuilt RENAME TO dramas;

      CREATE INDEX dramas_title ON dramas (title COLLATE NOCASE);
      CREATE INDEX dramas_finished_on ON dramas (finished_on);

      CREATE TRIGGER search_dramas_inserted AFTER INSERT ON dramas
        BEGIN ${queueForSearch('new.id')} END;
      CREATE TRIGGER search_dramas_retitled AFTER UPDATE OF title, native_title ON dramas
        BEGIN ${queueForSearch('new.id')} END;
      CREATE TRIGGER search_dramas_deleted AFTER DELETE ON dramas
        BEGIN ${queueForSearch('old.id')} END;
    `);
  },
};
