import { dramaIdInputSchema, idInputSchema, reviewSaveSchema } from '../common/validation/schemas';
import { reads, writes } from '../ipc/channel';

export const reviewChannels = {
  'reviews.save': writes(reviewSaveSchema, (input, { journal }) => journal.reviews.save(input)),
  'reviews.delete': writes(idInputSchema, ({ id }, { journal }) => (journal.reviews.delete(id), null)),

  /** The review's revisions, newest first: when each was saved, its word count and opening words. */
  'revisions.list': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => journal.revisions.list(dramaId)),
  'revisions.get': reads(idInputSchema, ({ id }, { journal }) => journal.revisions.get(id)),
  /** Brings back a revision's content as the review; the restore is itself kept as a new revision. */
  'revisions.restore': writes(idInputSchema, ({ id }, { journal }) => journal.reviews.restore(id)),
};
