import { dramaIdInputSchema, idInputSchema } from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { reads, writes } from '../ipc/channel';
import { listAddSchema, listCreateSchema, listMoveSchema, listNoteSchema, listUpdateSchema } from './schemas';

export const listChannels = {
  /** The user's own lists, by name. */
  'lists.list': reads(noInput, (_input, { journal }) => journal.lists.all()),
  /** A list with its dramas in the user's order. */
  'lists.get': reads(idInputSchema, ({ id }, { journal }) => journal.lists.get(id)),
  /** The ids of the lists that hold a drama. */
  'lists.holding': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => journal.lists.holding(dramaId)),
  'lists.create': writes(listCreateSchema, (input, { journal }) => journal.lists.create(input)),
  /** Renames, describes or marks public; fields left out stay as they are. */
  'lists.update': writes(listUpdateSchema, (input, { journal }) => journal.lists.update(input)),
  'lists.delete': writes(idInputSchema, ({ id }, { journal }) => (journal.lists.delete(id), null)),
  /** Adds a drama at the end of a list. */
  'lists.add': writes(listAddSchema, (input, { journal }) => journal.lists.add(input)),
  'lists.remove': writes(idInputSchema, ({ id }, { journal }) => journal.lists.remove(id)),
  /** Moves an item to a place in its list (1 = first). */
  'lists.move': writes(listMoveSchema, (input, { journal }) => journal.lists.move(input)),
  'lists.note': writes(listNoteSchema, (input, { journal }) => journal.lists.setNote(input)),
};
