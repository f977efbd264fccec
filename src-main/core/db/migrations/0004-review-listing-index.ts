import type { Migration } from './migration';

/**
 * A covering index of what the site export reads of every review first: its
 * state, grade, times and pictures. Those columns sit after the review's text
 * in its row, so reading them from the table walks through the text of every
 * review (tens of megabytes for ten thousand reviews); the index holds just
 * them, and an export's first look at the journal reads it alone
 * (core/site/read-journal.ts names it).
 */
export const reviewListingIndex: Migration = {
  version: 4,
  name: 'review listing index',
  up(db) {
    db.exec('CREATE INDEX reviews_listing ON reviews (drama_id, state, grade, created_at, updated_at, pictures)');
  },
};
