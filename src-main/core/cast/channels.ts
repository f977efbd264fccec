import { deleteCastMember } from '../trash/delete-with-undo';
import {
  actorNameInputSchema,
  castAddManySchema,
  castAddSchema,
  castUpdateSchema,
  dramaIdInputSchema,
  idInputSchema,
} from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { reads, writes } from '../ipc/channel';
import { castSuggestionsFor } from './cast-suggestions';

export const castChannels = {
  'cast.list': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => journal.cast.list(dramaId)),
  'cast.add': writes(castAddSchema, (input, { journal }) => journal.cast.add(input)),
  /** Adds several members at the end of the cast in one transaction (confirmed suggestions). */
  'cast.addMany': writes(castAddManySchema, (input, { journal }) => journal.cast.addMany(input)),
  'cast.update': writes(castUpdateSchema, (input, { journal }) => journal.cast.update(input)),
  'cast.delete': writes(idInputSchema, ({ id }, { journal }) => deleteCastMember(journal, id)),
  /** Cast entries read from the drama's review text, minus actors already in its cast. */
  'cast.suggest': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => castSuggestionsFor(journal, dramaId)),
  'actors.list': reads(noInput, (_input, { journal }) => journal.cast.actors()),
  /** Every drama with this actor (letter case ignored), with grades; not-found when none. */
  'actors.get': reads(actorNameInputSchema, ({ name }, { journal }) => journal.cast.actor(name)),
};
