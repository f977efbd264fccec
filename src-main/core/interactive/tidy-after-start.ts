import type { Journal } from '../journal';
import { recoverSiteFolder } from '../site/output-dir';

/**
 * What an earlier run may have left half done, put right once the app is up (the desktop window
 * or `dramalog serve`): an export killed during its swap into the site's remembered folder is
 * finished or rolled back, so the folder holds one whole site even before the next Update Site;
 * and pictures nothing names any more (a deleted drama's) leave the media folder. Neither may stop
 * the app: a failure is handed to `report` and the rest still runs.
 */
export function tidyAfterStart(journal: Journal, report: (what: string, error: unknown) => void): void {
  try {
    const place = journal.settings.sitePlace();
    if (place) recoverSiteFolder(place.folder);
  } catch (error) {
    report("could not finish an interrupted export in the site's folder", error);
  }
  try {
    journal.removeUnusedPictures();
  } catch (error) {
    report('could not tidy the media folder', error);
  }
}
