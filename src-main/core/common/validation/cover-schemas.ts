import { z } from 'zod';
import { MAX_PICTURE_BYTES } from '../picture-file';
import { id } from './fields';

/** How long the base64 of the largest picture Dramalog keeps can be. */
const MAX_BASE64 = Math.ceil(MAX_PICTURE_BYTES / 3) * 4;
/** The library shows a few dozen cards at a time; more than this in one ask is a mistake. */
export const MAX_THUMBS = 200;

const tooLarge = `the picture can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB`;

export const coverPasteSchema = z.strictObject(
  {
    dramaId: id('dramaId'),
    data: z
      .string({ error: 'data must be the picture as base64 text' })
      .min(1, { error: 'the pasted picture is empty' })
      .max(MAX_BASE64, { error: tooLarge })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'data must be the picture as base64 text' }),
  },
  { error: 'expected an object with the drama and the picture' },
);

export const coverThumbsSchema = z.strictObject(
  {
    dramaIds: z
      .array(id('dramaIds'), { error: 'dramaIds must be a list of drama ids' })
      .max(MAX_THUMBS, { error: `ask for at most ${MAX_THUMBS} thumbnails at once` }),
  },
  { error: 'expected an object with the drama ids' },
);
