import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { exportSite } from '../site/export-site';
import { cancelledBy, type TaskRegistry } from './tasks';

export interface SiteExportRequest {
  /** Drafts are left out unless asked for. */
  includeDrafts?: boolean;
  /** `Export This Review…`: only this drama's review. */
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
 * dialog or cancelled the export.
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
  const { signal, end } = tasks.begin('site-export');
  try {
    const outDir = await host.chooseFolder({
      title: title ? `Export the review of ${title}` : 'Export the site',
      buttonLabel: 'Export Here',
    });
    if (outDir === null) throw cancelledBy('no folder was chosen; nothing was exported');
    if (signal.aborted) throw cancelledBy('the export was cancelled; the folder was left as it was');
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
