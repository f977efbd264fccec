import type { Migration } from './migration';

/**
 * A cover (poster) per drama, in a table of its own so the dramas table and
 * everything that reads it stay as they were.
 *
 * `file` is the picture as the user gave it, `web_file` and `thumb_file` the
 * WebP sizes made from it (core/covers/cover-image.ts); all three live in the
 * journal's media folder under their SHA-256 names, like review pictures, and
 * the unused-picture sweep keeps every file a cover names. `width` and `height`
 * are the picture's, upright (after its EXIF orientation). Deleting the drama
 * deletes its cover row; the files go with the next sweep.
 */
const pictureName = (column: string) => `CHECK (${column} GLOB '[0-9a-f]*.*' AND length(${column}) BETWEEN 66 AND 69)`;

export const dramaCovers: Migration = {
  version: 5,
  name: 'drama covers',
  up(db) {
    db.exec(`
      CREATE TABLE drama_covers (
        drama_id INTEGER PRIMARY KEY REFERENCES dramas (id) ON DELETE CASCADE,
        file TEXT NOT NULL ${pictureName('file')},
        width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 100000),
        height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 100000),
        web_file TEXT NOT NULL ${pictureName('web_file')},
        thumb_file TEXT NOT NULL ${pictureName('thumb_file')},
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
