import type { Migration } from './migration';

/**
 * Where the site is published, and what Dramalog has published to each place. Only addresses
 * and fingerprints are kept: a password lives in the OS keychain (or an environment variable),
 * found by the target's `secret_id`, never here.
 *
 * `published_files` is the publisher's record of one target: a path with a hash is live there
 * with that content; a path with no hash was being uploaded when a publish stopped (its content
 * there is unknown, but the file is Dramalog's); `pending` is 1 while an upload may have left a
 * part file beside it. Only paths in the record are ever replaced or deleted on the target.
 */
export const publishTargets: Migration = {
  version: 10,
  name: 'publish targets',
  up(db) {
    db.exec(`
      CREATE TABLE publish_targets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        url TEXT NOT NULL,
        key_file TEXT,
        host_key TEXT,
        secret_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_published_at TEXT
      ) STRICT;
      CREATE TABLE published_files (
        target_id INTEGER NOT NULL REFERENCES publish_targets (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        hash TEXT,
        pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
        PRIMARY KEY (target_id, path)
      ) STRICT;
    `);
  },
};
