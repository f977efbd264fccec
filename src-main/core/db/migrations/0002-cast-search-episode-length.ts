import type { Migration } from './migration';

/**
 * Cast members, episode length, and the full-text search index.
 *
 * The index (`search_index`, FTS5, contentless) holds one row per drama, rowid =
 * drama id. Hangul needs text rewritten into bigrams (see search/fold.ts), which
 * plain SQL cannot do, so triggers only record which dramas changed in
 * `search_pending`; the journal re-indexes those at the end of every transaction
 * and before every search. Triggers stay pure SQL, so any connection (the sqlite3
 * shell, a later migration, another process) can write without breaking the index.
 * Existing dramas are queued here and indexed when the journal opens.
 *
 * The triggers queue with `WHERE NOT EXISTS` rather than `INSERT OR IGNORE`: a
 * trigger's conflict clause is overridden by the statement that fired it, so an
 * upsert on reviews would turn IGNORE back into ABORT.
 */
/** Queues a drama for re-indexing, once (migration 8 makes the drama triggers again with it). */
export const queueForSearch = (dramaId: string) =>
  `INSERT INTO search_pending SELECT ${dramaId} WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE drama_id = ${dramaId});`;

export const castSearchEpisodeLength: Migration = {
  version: 2,
  name: 'cast, episode length, search index',
  up(db) {
    db.exec(`
      ALTER TABLE dramas ADD COLUMN episode_minutes INTEGER NOT NULL DEFAULT 60
        CHECK (episode_minutes BETWEEN 1 AND 600);

      CREATE TABLE cast_members (
        id INTEGER PRIMARY KEY,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
        character TEXT CHECK (character IS NULL OR length(character) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        position INTEGER NOT NULL CHECK (position >= 1)
      ) STRICT;
      CREATE INDEX cast_members_drama ON cast_members (drama_id, position);
      CREATE INDEX cast_members_actor ON cast_members (actor COLLATE NOCASE);

      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, native_title, review, notes, cast_list,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TABLE search_pending (drama_id INTEGER PRIMARY KEY) STRICT;

      CREATE TRIGGER search_dramas_inserted AFTER INSERT ON dramas
        BEGIN ${queueForSearch('new.id')} END;
      CREATE TRIGGER search_dramas_retitled AFTER UPDATE OF title, native_title ON dramas
        BEGIN ${queueForSearch('new.id')} END;
      CREATE TRIGGER search_dramas_deleted AFTER DELETE ON dramas
        BEGIN ${queueForSearch('old.id')} END;

      CREATE TRIGGER search_reviews_inserted AFTER INSERT ON reviews
        BEGIN ${queueForSearch('new.drama_id')} END;
      CREATE TRIGGER search_reviews_updated AFTER UPDATE OF drama_id, intro, story, closing ON reviews
        BEGIN
          ${queueForSearch('old.drama_id')}
          ${queueForSearch('new.drama_id')}
        END;
      CREATE TRIGGER search_reviews_deleted AFTER DELETE ON reviews
        BEGIN ${queueForSearch('old.drama_id')} END;

      CREATE TRIGGER search_notes_inserted AFTER INSERT ON notes
        BEGIN ${queueForSearch('new.drama_id')} END;
      CREATE TRIGGER search_notes_updated AFTER UPDATE OF drama_id, text ON notes
        BEGIN
          ${queueForSearch('old.drama_id')}
          ${queueForSearch('new.drama_id')}
        END;
      CREATE TRIGGER search_notes_deleted AFTER DELETE ON notes
        BEGIN ${queueForSearch('old.drama_id')} END;

      CREATE TRIGGER search_cast_inserted AFTER INSERT ON cast_members
        BEGIN ${queueForSearch('new.drama_id')} END;
      CREATE TRIGGER search_cast_updated AFTER UPDATE OF drama_id, actor, character ON cast_members
        BEGIN
          ${queueForSearch('old.drama_id')}
          ${queueForSearch('new.drama_id')}
        END;
      CREATE TRIGGER search_cast_deleted AFTER DELETE ON cast_members
        BEGIN ${queueForSearch('old.drama_id')} END;

      INSERT INTO search_pending (drama_id) SELECT id FROM dramas;
    `);
  },
};
