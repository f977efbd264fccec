import { z } from 'zod';

/**
 * A house-format file is a few thousand characters; this bounds what a paste may send.
 * Reading is linear in the text, so a preview of this much takes milliseconds (npm run
 * bench) and runs on the main process without holding it up.
 */
export const MAX_IMPORT_TEXT = 2_000_000;

const importText = z
  .string({ error: 'text must be the review as plain text' })
  .max(MAX_IMPORT_TEXT, { error: `text must be at most ${MAX_IMPORT_TEXT} characters` });

export const importPreviewSchema = z.strictObject({ text: importText }, { error: 'expected an object with the text' });

export const importSaveSchema = z.strictObject(
  { text: importText, replace: z.boolean({ error: 'replace must be true or false' }).optional() },
  { error: 'expected an object with the text' },
);
