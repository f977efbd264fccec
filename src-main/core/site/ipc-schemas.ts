import { z } from 'zod';
import { id } from '../common/validation/fields';

/** The folder is never part of the input: main asks the user for it (see interactive/export-site-to-folder.ts). */
export const siteExportSchema = z.strictObject(
  {
    includeDrafts: z.boolean({ error: 'includeDrafts must be true or false' }).optional(),
    dramaId: id('dramaId').optional(),
  },
  { error: 'expected an object with the export options' },
);
