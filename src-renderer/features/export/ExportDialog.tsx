import { useId } from 'react';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { useExportStore, type ExportScope } from './export-store';
import './export.css';

function titleOf(scope: ExportScope): string {
  return scope.kind === 'site' ? 'Export site' : `Export the review of ${scope.title}`;
}

function Progress({ done, total, labelId }: { done: number; total: number; labelId: string }) {
  return (
    <div className="export-progress">
      <progress className="export-progress__bar" aria-labelledby={labelId} max={total} value={done} />
      <p className="export-progress__count" aria-live="polite">
        {done.toLocaleString('en')} of {total.toLocaleString('en')} files
      </p>
    </div>
  );
}

/**
 * File > Export Site… and Export This Review…: what to include, then the
 * system's folder dialog (main asks for it), a progress bar with Cancel while
 * the pages are written, and where they went. Mounted once, at the app's root.
 */
export function ExportDialog() {
  const { phase, scope, includeDrafts, progress, result, error, canRetry, cancelling, setIncludeDrafts, start, cancel, close, open } = useExportStore();
  const titleId = useId();
  const progressLabelId = useId();
  const draftsId = useId();
  const busy = phase === 'choosing' || phase === 'running';

  // Esc closes only when nothing is running: the store's close() says so.
  return (
    <ModalDialog open={phase !== 'closed'} className="dialog export-dialog" labelledBy={titleId} onEscape={close}>
      <h2 id={titleId} className="dialog__title">
        {titleOf(scope)}
      </h2>
      {phase === 'ready' && (
        <>
          <div className="dialog__body">
            <p>
              {scope.kind === 'site'
                ? 'Every final review becomes a page, with lists by title, grade and year, a feed and a stylesheet.'
                : 'The review becomes a page of its own, with the site’s stylesheet.'}{' '}
              Choose a new or empty folder, or one you exported to before: only the files that changed are written again.
            </p>
            {scope.kind === 'site' && (
              <label className="export-dialog__option" htmlFor={draftsId}>
                <input id={draftsId} type="checkbox" checked={includeDrafts} onChange={(e) => setIncludeDrafts(e.target.checked)} />
                Include drafts
              </label>
            )}
            {scope.kind === 'review' && scope.draft && <p>This review is still a draft; it is exported as it is now.</p>}
          </div>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={() => void start()} autoFocus>
              Choose folder…
            </button>
          </div>
        </>
      )}
      {phase === 'choosing' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" />
          Choose the folder to export to…
        </p>
      )}
      {phase === 'running' && progress && (
        <>
          <p id={progressLabelId}>{cancelling ? 'Cancelling…' : 'Writing the pages…'}</p>
          <Progress done={progress.done} total={progress.total} labelId={progressLabelId} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => void cancel()} disabled={cancelling}>
              Cancel export
            </button>
          </div>
        </>
      )}
      {phase === 'done' && result && (
        <>
          <div className="dialog__body" role="status">
            <p className="export-dialog__done">
              Exported to <code className="export-dialog__path">{result.outDir}</code>
            </p>
            <p>
              {result.pages.toLocaleString('en')} {result.pages === 1 ? 'page' : 'pages'}: {result.written.toLocaleString('en')} {result.written === 1 ? 'file' : 'files'} written,{' '}
              {result.unchanged.toLocaleString('en')} already up to date.
            </p>
          </div>
          <CloseAction label="Done" onClose={close} />
        </>
      )}
      {phase === 'cancelled' && (
        <>
          <p className="dialog__body" role="status">
            Export cancelled. The folder was left as it was.
          </p>
          <CloseAction label="Close" onClose={close} />
        </>
      )}
      {phase === 'failed' && (
        <>
          <ActionError message={error} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
            {canRetry && (
              <button type="button" className="button button--primary" onClick={() => open(scope)} disabled={busy}>
                Try again
              </button>
            )}
          </div>
        </>
      )}
    </ModalDialog>
  );
}

/** The one way on once the export is over, focused so Enter closes the dialog. */
function CloseAction({ label, onClose }: { label: string; onClose(): void }) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--primary" onClick={onClose} autoFocus>
        {label}
      </button>
    </div>
  );
}
