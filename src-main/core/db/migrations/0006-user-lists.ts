import type { Migration } from './migration';

/**
 * The user's own lists ("Comfort rewatches"): a name, a description, and
 * dramas in the user's order, each with a note. A list is private until the
 * user marks it public (only public lists leave the journal in a site export).
 * An item goes with its drama and with its list.
 */
export const userLists: Migration = {
  version: 6,
  name: 'user lists',
  up(db) {
    db.exec(`
      CREATE TABLE lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX lists_name ON lists (name COLLATE NOCASE);
      CREATE TABLE list_items (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (list_id, drama_id)
      ) STRICT;
      CREATE INDEX list_items_order ON list_items (list_id, position);
      CREATE INDEX list_items_drama ON list_items (drama_id);
    `);
  },
};
