import type { Migration } from './migration';

/**
 * A watch diary and an episode log.
 *
 * Every watch of a drama becomes a diary entry; the drama's watch record stays
 * on its row as the latest entry (what the library, the site and the watch panel
 * read), and `rewatches` stays as the count of rewatch entries, both kept equal
 * to the diary by core/diary/diary-repository.ts. `seq` orders a drama's
 * entries: the highest is the latest. Existing journals keep everything: the
 * watch record becomes entry 0, and each counted rewatch an undated, completed
 * rewatch entry before it (-1, -2, …), since no date was ever kept for them.
 *
 * The episode log holds the day each episode was watched and, if given, a
 * grade for the episode; episode notes stay in `notes`.
 */
export const watchDiary: Migration = {
  version: 7,
  name: 'watch diary, episode log',
  up(db) {
    db.exec(`
      CREATE TABLE diary_entries (
        id INTEGER PRIMARY KEY,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('plan-to-watch', 'watching', 'on-hold', 'dropped', 'completed')),
        started_on TEXT,
        finished_on TEXT,
        rewatch INTEGER NOT NULL CHECK (rewatch IN (0, 1)),
        note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
        CHECK (started_on IS NULL OR finished_on IS NULL OR finished_on >= started_on),
        UNIQUE (drama_id, seq)
      ) STRICT;
      CREATE INDEX diary_entries_finished_on ON diary_entries (finished_on);

      CREATE TABLE episode_log (
        id INTEGER PRIMARY KEY,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        episode INTEGER NOT NULL CHECK (episode >= 1),
        watched_on TEXT NOT NULL,
        grade TEXT CHECK (grade IS NULL OR grade IN ('A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'))
      ) STRICT;
      CREATE INDEX episode_log_drama ON episode_log (drama_id, episode);
      CREATE INDEX episode_log_watched_on ON episode_log (watched_on);

      WITH RECURSIVE n (i) AS (
        SELECT 1 WHERE (SELECT max(rewatches) FROM dramas) >= 1
        UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT max(rewatches) FROM dramas)
      )
      INSERT INTO diary_entries (drama_id, seq, status, rewatch)
        SELECT d.id, -n.i, 'completed', 1 FROM dramas d JOIN n ON n.i <= d.rewatches;

      INSERT INTO diary_entries (drama_id, seq, status, started_on, finished_on, rewatch)
        SELECT id, 0, status, started_on, finished_on, 0 FROM dramas;
    `);
  },
};
