import { create } from 'zustand';
import type { SiteExportSummary } from '@core/interactive/export-site-to-folder';
import { SITE_FOLDER_FIELD, type SitePlace } from '@common/model';
import { ApiError, isCancelled, messageOf } from '../../api/api-error';
import { api, onProgress } from '../../api/client';

/**
 * What is being exported: the user's site into a folder they choose (the first time, or Change folder…),
 * the site again into its remembered folder (Update site), or one review as a one-page site of its own.
 */
export type ExportScope =
  /** `update`: the user asked to update the site, which has no folder yet (or lost it). */
  | { kind: 'site'; update?: boolean }
  | { kind: 'update' }
  | { kind: 'review'; dramaId: number; title: string; draft: boolean };

export type ExportPhase =
  /** Nothing shown. */
  | 'closed'
  /** The dialog asks what to include before the folder dialog. */
  | 'ready'
  /** The system's folder dialog is open (or the export is starting). */
  | 'choosing'
  | 'running'
  | 'done'
  | 'cancelled'
  | 'failed';

interface ExportState {
  phase: ExportPhase;
  scope: ExportScope;
  includeDrafts: boolean;
  /** Files settled so far, from the core's progress events. */
  progress: { done: number; total: number } | null;
  result: SiteExportSummary | null;
  /** Where the site is exported, as the journal remembers it; null before the first export. */
  place: SitePlace | null;
  /** Why the remembered folder was refused: shown above the question for a folder. */
  refusal: string | null;
  error: string | null;
  /** Whether Try Again makes sense after a failure (not when there is nothing to export). */
  canRetry: boolean;
  /** Set when the user pressed Cancel, so the core's "cancelled" reads as that and not as a dismissed folder dialog. */
  cancelling: boolean;
  open(scope: ExportScope): void;
  setIncludeDrafts(include: boolean): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  close(): void;
  /** Reads where the site is exported (the Import and export screen shows it). */
  loadPlace(): Promise<void>;
}

const busy = (phase: ExportPhase) => phase === 'choosing' || phase === 'running';

/**
 * The export dialog's state. The core asks for the folder (or uses the remembered one), exports
 * and sends progress; this keeps what the dialog shows: the bar, then the result or the reason.
 */
export const useExportStore = create<ExportState>()((set, get) => ({
  phase: 'closed',
  scope: { kind: 'site' },
  includeDrafts: false,
  progress: null,
  result: null,
  place: null,
  refusal: null,
  error: null,
  canRetry: true,
  cancelling: false,
  open(scope) {
    if (busy(get().phase)) return; // one export at a time; the dialog is already up
    const includeDrafts = scope.kind === 'review' ? scope.draft : (get().place?.includeDrafts ?? false);
    set({ phase: 'ready', scope, includeDrafts, progress: null, result: null, refusal: null, error: null, canRetry: true, cancelling: false });
    // Update site with a folder remembered asks nothing: it starts at once.
    if (scope.kind === 'update') void get().start();
  },
  setIncludeDrafts(include) {
    set({ includeDrafts: include });
  },
  async start() {
    const { scope, includeDrafts } = get();
    set({ phase: scope.kind === 'update' ? 'running' : 'choosing', progress: null, result: null, error: null, cancelling: false });
    const stop = onProgress((event) => {
      if (event.task !== 'site-export' || event.total <= 0) return;
      if (busy(get().phase)) set({ phase: 'running', progress: { done: event.done, total: event.total } });
    });
    try {
      const result =
        scope.kind === 'update'
          ? await api('site.update', undefined)
          : await api('site.export', scope.kind === 'review' ? { dramaId: scope.dramaId, includeDrafts } : { includeDrafts });
      set({ phase: 'done', result, refusal: null, progress: { done: 1, total: 1 } });
      if (scope.kind !== 'review') await get().loadPlace();
    } catch (error) {
      if (isCancelled(error)) {
        // Cancel pressed: say so. The folder dialog dismissed: back to the question, nothing happened.
        set(get().cancelling ? { phase: 'cancelled', error: messageOf(error) } : { phase: 'ready' });
      } else if (error instanceof ApiError && error.field === SITE_FOLDER_FIELD) {
        // The remembered folder is gone or no longer the site: say why and ask for a folder again.
        set({ phase: 'ready', scope: { kind: 'site', update: true }, refusal: messageOf(error) });
      } else {
        set({ phase: 'failed', error: messageOf(error) });
      }
    } finally {
      stop();
      set({ cancelling: false });
    }
  },
  async cancel() {
    set({ cancelling: true });
    try {
      await api('tasks.cancel', { task: 'site-export' });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  close() {
    if (busy(get().phase)) return;
    set({ phase: 'closed' });
  },
  async loadPlace() {
    try {
      set({ place: await api('site.place', undefined) });
    } catch {
      // The screen then offers to choose a folder, as before the first export.
    }
  },
}));

/** File > Export Site… and Change folder…: the site, into a folder the user chooses (remembered from then on). */
export function exportSite(): void {
  useExportStore.getState().open({ kind: 'site' });
}

/** Update site (menu, shortcut, Import and export, after Mark final): into the remembered folder, or the first time, a folder to choose. */
export async function updateSite(): Promise<void> {
  const store = useExportStore.getState();
  if (busy(store.phase)) return;
  await store.loadPlace();
  const { place, open } = useExportStore.getState();
  open(place ? { kind: 'update' } : { kind: 'site', update: true });
}

/** File > Export This Review…: the review of the drama on screen, as a one-page site of its own. */
export async function exportReviewOf(dramaId: number): Promise<void> {
  const { phase } = useExportStore.getState();
  if (busy(phase)) return;
  try {
    const drama = await api('dramas.get', { id: dramaId });
    const scope: ExportScope = { kind: 'review', dramaId, title: drama.title, draft: drama.review?.state === 'draft' };
    if (drama.review) useExportStore.getState().open(scope);
    else useExportStore.setState({ phase: 'failed', scope, error: `${drama.title} has no review to export yet.`, canRetry: false, progress: null, result: null });
  } catch (error) {
    useExportStore.setState({ phase: 'failed', scope: { kind: 'site' }, error: messageOf(error), canRetry: false, progress: null, result: null });
  }
}
