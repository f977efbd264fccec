import { z } from 'zod';
import { id, text, wholeNumber } from '../common/validation/fields';
import type { ListAddInput, ListCreateInput, ListMoveInput, ListNoteInput, ListUpdateInput } from '../common/types/lists';

export const MAX_LIST_NAME = 100;
export const MAX_LIST_DESCRIPTION = 2_000;
export const MAX_LIST_NOTE = 2_000;
/** More than any list a person keeps by hand; a bound on what one call may ask. */
export const MAX_LIST_POSITION = 100_000;

const name = text('name', { min: 1, max: MAX_LIST_NAME });
const description = text('description', { max: MAX_LIST_DESCRIPTION });
const isPublic = z.boolean({ error: 'public must be true or false' });
const note = text('note', { max: MAX_LIST_NOTE });

export const listCreateSchema: z.ZodType<ListCreateInput> = z.strictObject(
  { name, description: description.optional(), public: isPublic.optional() },
  { error: 'a list needs a name' },
);

export const listUpdateSchema: z.ZodType<ListUpdateInput> = z.strictObject(
  { id: id(), name: name.optional(), description: description.optional(), public: isPublic.optional() },
  { error: 'expected an object with the list id' },
);

export const listAddSchema: z.ZodType<ListAddInput> = z.strictObject(
  { listId: id('listId'), dramaId: id('dramaId'), note: note.optional() },
  { error: 'expected an object with a listId and a dramaId' },
);

export const listMoveSchema: z.ZodType<ListMoveInput> = z.strictObject(
  { itemId: id('itemId'), position: wholeNumber('position', 1, MAX_LIST_POSITION) },
  { error: 'expected an object with an itemId and a position' },
);

export const listNoteSchema: z.ZodType<ListNoteInput> = z.strictObject(
  { itemId: id('itemId'), note },
  { error: 'expected an object with an itemId and a note' },
);
