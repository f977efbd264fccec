import { statSync } from 'node:fs';
import { JournalError } from '../common/errors';
import { SITE_FOLDER_FIELD, type SitePlace } from '../common/model';
import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { exportSite } from '../site/export-site';
import { readManifest } from '../site/manifest';
import { cancelledBy, type TaskRegistry } from './tasks';

export interface SiteExportRequest {
  /** Drafts are left out unless asked for. */
  includeDrafts?: boolean;
  /** `Export This Review…`: only this drama's review, as a one-page site of its own. */
  dramaId?: number;
}

/** What the app tells the user after an export. */
export interface SiteExportSummary {
  outDir: string;
  /** HTML pages in the export. */
  pages: number;
  /** Files this export wrote. */
  written: number;
  /** Files already up to date, left untouched. */
  unchanged: number;
  /** What the export left out and why (a picture that is a symbolic link), one sentence each. */
  notes: string[];
}

/**
 * File > Export Site… and Export This Review…: asks the user for the folder
 * (the renderer never names one), exports into it while reporting progress as
 * the `site-export` task, and stops when that task is cancelled; DIR is then
 * left as it was. Rejects with `cancelled` when the user dismissed the folder
 * dialog or cancelled the export. The whole site's folder is remembered once
 * the export succeeded (where the host keeps it), for Update Site.
 *
 * The export runs in the main process, not in a worker thread with its own
 * connection: it renders in slices and yields between them (see export-site.ts),
 * so the window's other requests are answered meanwhile, and there is one
 * journal connection to reason about. (Where CPUs are to spare, a large export
 * also hands pages to rendering threads, core/site/render-pool.ts; they never
 * touch the journal: the main thread reads for them.) scripts/bench-export-responsiveness.ts
 * measures it: the longest pause is about 0.2 s for 1,000 reviews and 0.3 to
 * 0.5 s for 10,000 (most under 50 ms), with searches answered throughout.
 */
export async function exportSiteToChosenFolder(
  journal: Journal,
  host: Host,
  tasks: TaskRegistry,
  request: SiteExportRequest,
): Promise<SiteExportSummary> {
  const single = request.dramaId !== undefined;
  // A missing drama is reported before the user is asked for a folder.
  const title = single ? journal.dramas.get(request.dramaId!).title : null;
  const includeDrafts = request.includeDrafts ?? false;
  const summary = await exporting(journal, host, tasks, request, async (signal) => {
    const outDir = await host.chooseFolder({
      title: title ? `Export the review of ${title}` : 'Export the site',
      buttonLabel: 'Export Here',
    });
    if (outDir === null) throw cancelledBy('no folder was chosen; nothing was exported');
    if (signal.aborted) throw cancelledBy('the export was cancelled; the folder was left as it was');
    return outDir;
  });
  if (!single && host.keepsFolder(summary.outDir)) remember(journal, { folder: summary.outDir, includeDrafts });
  return summary;
}

/**
 * Update Site: the whole site, exported again into the folder remembered from the last export,
 * with the same choice of drafts, asking nothing. A remembered folder that is gone or no longer
 * holds a site Dramalog wrote is refused (field `siteFolder`), and the page asks for a folder again.
 */
export async function updateSite(journal: Journal, host: Host, tasks: TaskRegistry): Promise<SiteExportSummary> {
  const place = rememberedSite(journal);
  return exporting(journal, host, tasks, { includeDrafts: place.includeDrafts }, async () => place.folder);
}

/** The remembered site's folder, checked: it is still there and still holds the site Dramalog wrote. */
export function rememberedSite(journal: Journal): SitePlace {
  const place = journal.settings.sitePlace();
  if (!place) throw new JournalError('not-found', 'your site has no folder yet; choose one', { field: SITE_FOLDER_FIELD });
  checkSiteFolder(place.folder);
  return place;
}

function checkSiteFolder(folder: string): void {
  const refuse = (code: 'not-found' | 'conflict', why: string) =>
    new JournalError(code, `${why}; choose the folder for your site again`, { field: SITE_FOLDER_FIELD });
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw refuse('not-found', `your site's folder ${folder} is not there any more (moved, renamed or deleted?)`);
    throw refuse('conflict', `your site's folder ${folder} cannot be read (${(error as Error).message})`);
  }
  if (!isFolder) throw refuse('conflict', `${folder} is no longer a folder`);
  let scope;
  try {
    scope = readManifest(folder)?.scope;
  } catch (error) {
    throw refuse('conflict', (error as Error).message);
  }
  if (scope !== 'site') throw refuse('conflict', `${folder} no longer holds the site Dramalog wrote there`);
}

/** Where the site went: remembered unless the journal cannot be written (the export itself needs no writing). */
function remember(journal: Journal, place: SitePlace): void {
  if (journal.writeRefusal) return;
  journal.transaction(() => journal.settings.rememberSitePlace(place));
}

/** Runs one export as the `site-export` task, into the folder `outDirFor` answers, with progress and Cancel. */
async function exporting(
  journal: Journal,
  host: Host,
  tasks: TaskRegistry,
  request: SiteExportRequest,
  outDirFor: (signal: AbortSignal) => Promise<string>,
): Promise<SiteExportSummary> {
  const { signal, end } = tasks.begin('site-export');
  try {
    const outDir = await outDirFor(signal);
    const result = await exportSite(journal, outDir, {
      includeDrafts: request.includeDrafts,
      onlyDramaId: request.dramaId,
      signal,
      onProgress: ({ done, total }) => host.progress({ task: 'site-export', done, total }),
    });
    return { outDir: result.outDir, pages: result.pages, written: result.written, unchanged: result.unchanged, notes: result.notes };
  } catch (error) {
    // Clears the window's progress bar (and taskbar entry) that the export left part-way.
    host.progress({ task: 'site-export', done: 0, total: 0, message: 'stopped' });
    throw error;
  } finally {
    end();
  }
}

/** Open Site: the remembered site's front page in the user's browser; `url` is where the page opens it itself (a browser). */
export async function openSite(journal: Journal, host: Host): Promise<{ url: string | null }> {
  return { url: await host.openSite(rememberedSite(journal).folder) };
}

/** Show Folder: the remembered site's folder in the file manager; where there is none (a browser) the page shows `folder`. */
export async function showSiteFolder(journal: Journal, host: Host): Promise<{ shown: boolean; folder: string }> {
  const { folder } = rememberedSite(journal);
  return { shown: await host.showFolder(folder), folder };
}
