import { z } from 'zod';
import { id } from '../common/validation/fields';
import { exportSiteToChosenFolder, type SiteExportRequest } from '../interactive/export-site-to-folder';
import { reads } from '../ipc/channel';

/** The folder is never part of the input: main asks the user for it (see interactive/export-site-to-folder.ts). */
const siteExportSchema: z.ZodType<SiteExportRequest> = z.strictObject(
  {
    includeDrafts: z.boolean({ error: 'include drafts must be true or false' }).optional(),
    dramaId: id('dramaId').optional(),
  },
  { error: 'expected an object with the export options' },
);

export const siteChannels = {
  /**
   * Asks the user for a folder and exports the site (or one review, `dramaId`) into it, reporting
   * progress for the `site-export` task; `cancelled` when the user dismissed the dialog or
   * cancelled the export (`tasks.cancel`), and then the folder is as it was. Writes files, not the journal.
   */
  'site.export': reads(siteExportSchema, (request, { journal, host, tasks }) => exportSiteToChosenFolder(journal, host, tasks, request)),
};
