import { deleteNote } from '../trash/delete-with-undo';
import { idInputSchema, noteAddSchema, noteUpdateSchema } from '../common/validation/schemas';
import { writes } from '../ipc/channel';

export const noteChannels = {
  'notes.add': writes(noteAddSchema, (input, { journal }) => journal.notes.add(input)),
  'notes.update': writes(noteUpdateSchema, (input, { journal }) => journal.notes.update(input)),
  'notes.delete': writes(idInputSchema, ({ id }, { journal }) => deleteNote(journal, id)),
};
