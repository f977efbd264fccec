import { z } from 'zod';
import { id } from '../common/validation/fields';
import { noInput } from '../common/validation/no-input';
import { exportSiteToChosenFolder, openSite, showSiteFolder, updateSite, type SiteExportRequest } from '../interactive/export-site-to-folder';
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
   * Asks the user for a folder and exports the site (or one review, `dramaId`, as a one-page site) into it, reporting
   * progress for the `site-export` task; `cancelled` when the user dismissed the dialog or cancelled the export
   * (`tasks.cancel`), and then the folder is as it was. The whole site's folder is remembered for `site.update`.
   */
  'site.export': reads(siteExportSchema, (request, { journal, host, tasks }) => exportSiteToChosenFolder(journal, host, tasks, request)),
  /**
   * Update Site: exports the whole site again into the remembered folder, asking nothing, with progress and Cancel
   * as `site.export`. Refused with field `siteFolder` when there is no remembered folder or it is gone or not the site.
   */
  'site.update': reads(noInput, (_input, { journal, host, tasks }) => updateSite(journal, host, tasks)),
  /** Where the site is exported (folder, drafts or not), or null before the first export. */
  'site.place': reads(noInput, (_input, { journal }) => journal.settings.sitePlace()),
  /** Opens the remembered site in the user's browser; `url` is where the page opens it itself (in a browser). */
  'site.open': reads(noInput, (_input, { journal, host }) => openSite(journal, host)),
  /** Shows the remembered site's folder in the file manager; `shown: false` where there is none (a browser). */
  'site.showFolder': reads(noInput, (_input, { journal, host }) => showSiteFolder(journal, host)),
};
