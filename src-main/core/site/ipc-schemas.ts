import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { id } from '../validation/fields';

export const siteExportSchema = z.strictObject(
  {
    outDir: z
      .string({ error: 'outDir must be a folder path' })
      .min(1, { error: 'outDir is required' })
      .max(4096, { error: 'outDir must be at most 4096 characters' })
      .refine((path) => isAbsolute(path), { error: 'outDir must be an absolute folder path' }),
    includeDrafts: z.boolean({ error: 'includeDrafts must be true or false' }).optional(),
    dramaId: id('dramaId').optional(),
  },
  { error: 'expected an object with the folder to export to' },
);
