import { create } from 'zustand';
import type { SiteExportSummary } from '@core/interactive/export-site-to-folder';
import { isCancelled, messageOf } from '../../api/api-error';
import { api, onProgress } from '../../api/client';

/** What is being exported: the whole site, or the review of one drama. */
export type ExportScope = { kind: 'site' } | { kind: 'review'; dramaId: number; title: string; draft: boolean };

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
}

/**
 * The export dialog's state. The core asks for the folder, exports and sends
 * progress; this keeps what the dialog shows: the bar, then the result or the reason.
 */
export const useExportStore = create<ExportState>()((set, get) => ({
  phase: 'closed',
  scope: { kind: 'site' },
  includeDrafts: false,
  progress: null,
  result: null,
  error: null,
  canRetry: true,
  cancelling: false,
  open(scope) {
    if (get().phase === 'choosing' || get().phase === 'running') return; // one export at a time; the dialog is already up
    set({ phase: 'ready', scope, includeDrafts: scope.kind === 'review' && scope.draft, progress: null, result: null, error: null, canRetry: true, cancelling: false });
  },
  setIncludeDrafts(include) {
    set({ includeDrafts: include });
  },
  async start() {
    const { scope, includeDrafts } = get();
    set({ phase: 'choosing', progress: null, result: null, error: null, cancelling: false });
    const stop = onProgress((event) => {
      if (event.task !== 'site-export' || event.total <= 0) return;
      if (get().phase === 'choosing' || get().phase === 'running') set({ phase: 'running', progress: { done: event.done, total: event.total } });
    });
    try {
      const result = await api('site.export', scope.kind === 'review' ? { dramaId: scope.dramaId, includeDrafts } : { includeDrafts });
      set({ phase: 'done', result, progress: { done: 1, total: 1 } });
    } catch (error) {
      if (isCancelled(error)) {
        // Cancel pressed: say so. The folder dialog dismissed: back to the question, nothing happened.
        set(get().cancelling ? { phase: 'cancelled', error: messageOf(error) } : { phase: 'ready' });
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
    const { phase } = get();
    if (phase === 'choosing' || phase === 'running') return;
    set({ phase: 'closed' });
  },
}));

/** File > Export Site…. */
export function exportSite(): void {
  useExportStore.getState().open({ kind: 'site' });
}

/** File > Export This Review…: the review of the drama on screen. */
export async function exportReviewOf(dramaId: number): Promise<void> {
  const { phase } = useExportStore.getState();
  if (phase === 'choosing' || phase === 'running') return;
  try {
    const drama = await api('dramas.get', { id: dramaId });
    const scope: ExportScope = { kind: 'review', dramaId, title: drama.title, draft: drama.review?.state === 'draft' };
    if (drama.review) useExportStore.getState().open(scope);
    else useExportStore.setState({ phase: 'failed', scope, error: `${drama.title} has no review to export yet.`, canRetry: false, progress: null, result: null });
  } catch (error) {
    useExportStore.setState({ phase: 'failed', scope: { kind: 'site' }, error: messageOf(error), canRetry: false, progress: null, result: null });
  }
}
