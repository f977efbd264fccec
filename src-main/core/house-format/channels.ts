import { z } from 'zod';
import { importText } from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { chooseReviewFiles } from '../interactive/choose-text-files';
import { reads, writes } from '../ipc/channel';
import { importReview, previewImportInto } from './import';

const importPreviewSchema = z.strictObject({ text: importText }, { error: 'expected an object with the text' });

const importSaveSchema = z.strictObject(
  { text: importText, replace: z.boolean({ error: 'replace must be true or false' }).optional() },
  { error: 'expected an object with the text' },
);

export const houseFormatChannels = {
  /** Reads a house-format text without saving: the import dialog's preview, or an invalid-input error naming the line. */
  'import.preview': reads(importPreviewSchema, ({ text }, { journal }) => previewImportInto(journal, text)),
  /** Saves a house-format text as a completed drama with its final review; the same drama again is skipped unless `replace`. */
  'import.save': writes(importSaveSchema, ({ text, replace }, { journal }) => importReview(journal, text, { replace })),
  /**
   * Asks the user for house-format .txt files (several at once) and answers their names and texts,
   * for the import dialog to preview; saves nothing. `cancelled` when the user dismissed the dialog.
   */
  'import.chooseFiles': reads(noInput, (_input, { host }) => chooseReviewFiles(host)),
};
