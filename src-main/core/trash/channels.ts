import { z } from 'zod';
import { writes } from '../ipc/channel';

const undoTokenSchema = z.strictObject(
  { undoToken: z.uuid({ error: 'undo token must be the token a delete answered' }) },
  { error: 'expected an object with the undo token a delete answered' },
);

export const trashChannels = {
  /** Undo of dramas.delete, notes.delete or cast.delete: brings back exactly what it deleted, with the same ids. */
  'trash.restore': writes(undoTokenSchema, ({ undoToken }, { journal }) => journal.trash.restore(undoToken)),
};
