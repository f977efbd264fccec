import { deleteDrama } from '../trash/delete-with-undo';
import { dramaCreateSchema, dramaUpdateSchema, idInputSchema, libraryQuerySchema, watchUpdateSchema } from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { reads, writes } from '../ipc/channel';

/** Also the CLI's `add`. */
export const createDrama = writes(dramaCreateSchema, (input, { journal }) => journal.dramas.create(input));

export const dramaChannels = {
  'dramas.list': reads(libraryQuerySchema, (query, { journal }) => journal.dramas.list(query)),
  'dramas.get': reads(idInputSchema, ({ id }, { journal }) => journal.dramas.get(id)),
  'dramas.create': createDrama,
  'dramas.update': writes(dramaUpdateSchema, (input, { journal }) => journal.dramas.update(input)),
  'dramas.delete': writes(idInputSchema, ({ id }, { journal }) => deleteDrama(journal, id)),
  'dramas.suggestions': reads(noInput, (_input, { journal }) => ({
    platforms: journal.dramas.distinctTokens('platforms'),
    genres: journal.dramas.distinctTokens('genres'),
  })),

  'watch.update': writes(watchUpdateSchema, (input, { journal }) => journal.dramas.updateWatch(input)),
  'watch.nextEpisode': writes(idInputSchema, ({ id }, { journal }) => journal.dramas.nextEpisode(id)),
};
