import type { Migration } from './migration';
import { countWordsIn, previewOf } from '../../common/word-count';

/**
 * Pictures in reviews, and the revision history of every review.
 *
 * A review's pictures are a JSON list on its row (file in the journal's media
 * folder, alt text, and the place between paragraphs): they belong to the text
 * the way paragraphs do, are saved with it and kept in its revisions.
 *
 * `review_revisions` keeps the full content of a review (grade, reviewer, the
 * three sections, pictures) each time it was saved. Saves within a minute of a
 * revision's first write update that revision instead of adding one (see
 * reviews/revision-repository.ts), so the history stays readable. Revisions belong
 * to the drama: deleting the review keeps them (it can be brought back),
 * deleting the drama removes them. Every review already in the journal gets
 * its first revision here, dated when it was last changed.
 */
export const picturesRevisions: Migration = {
  version: 3,
  name: 'review pictures and revisions',
  up(db) {
    db.exec(`
      ALTER TABLE reviews ADD COLUMN pictures TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(pictures) AND json_type(pictures) = 'array');

      CREATE TABLE review_revisions (
        id INTEGER PRIMARY KEY,
        drama_id INTEGER NOT NULL REFERENCES dramas (id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        words INTEGER NOT NULL CHECK (words >= 0),
        preview TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
        restored_from INTEGER REFERENCES review_revisions (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX review_revisions_drama ON review_revisions (drama_id, id);
    `);

    const reviews = db
      .prepare('SELECT drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, updated_at FROM reviews ORDER BY drama_id')
      .all() as {
      drama_id: number;
      grade: string | null;
      reviewer_name: string;
      reviewer_location: string;
      intro: string;
      story: string;
      closing: string;
      updated_at: string;
    }[];
    const insert = db.prepare(
      `INSERT INTO review_revisions (drama_id, started_at, saved_at, words, preview, content)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of reviews) {
      const sections = [row.intro, row.story, row.closing].map((json) => JSON.parse(json) as string[]);
      const [intro, story, closing] = sections as [string[], string[], string[]];
      const content = {
        grade: row.grade,
        reviewer: { name: row.reviewer_name, location: row.reviewer_location },
        intro,
        story,
        closing,
        pictures: [],
      };
      insert.run(row.drama_id, row.updated_at, row.updated_at, countWordsIn(sections.flat()), previewOf(sections), JSON.stringify(content));
    }
  },
};
