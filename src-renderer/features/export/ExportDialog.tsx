import { useId } from 'react';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { RunningTask, SiteNotes } from '../../shared/ui/TaskProgress';
import { useExportStore, type ExportScope } from './export-store';
import { SiteActions } from './SiteActions';
import './export.css';

function titleOf(scope: ExportScope): string {
  if (scope.kind === 'review') return `Export the review of ${scope.title}`;
  return scope.kind === 'update' || scope.update ? 'Update site' : 'Export site';
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What to include and where, before the folder dialog: the site, or one review as a page of its own. */
function Question({ draftsId }: { draftsId: string }) {
  const { scope, includeDrafts, place, refusal, setIncludeDrafts, start, close } = useExportStore();
  return (
    <>
      <div className="dialog__body">
        {refusal && (
          <p className="form-error" role="alert">
            Not updated: {refusal}
          </p>
        )}
        {scope.kind === 'review' ? (
          <>
            <p>
              This makes a <strong>separate one-page site</strong>: the review of {scope.title} with its own stylesheet, in a folder of its own, to
              share or post by itself.
            </p>
            {scope.draft ? (
              <p>
                Your site is not changed. This review is still a draft: it is exported as it is now. To publish it on your site, mark it final and
                update your site.
              </p>
            ) : (
              <p>
                Your site is not changed by this. The review is final, so <strong>Update site</strong> puts it on your site.
              </p>
            )}
          </>
        ) : (
          <>
            {scope.kind === 'site' && scope.update && !refusal && <p>Your site has no folder yet: choose where it goes.</p>}
            <p>
              Every final review becomes a page, with lists by title, grade and year, a feed and a stylesheet. Choose a new or empty folder, or one your
              site was exported to before.
            </p>
            <p>
              Dramalog remembers the folder: from then on, <strong>Update site</strong> writes only what changed, without asking.
              {place && !refusal && (
                <>
                  {' '}
                  Your site is in <code className="export-dialog__path">{place.folder}</code> now.
                </>
              )}
            </p>
            <label className="export-dialog__option" htmlFor={draftsId}>
              <input id={draftsId} type="checkbox" checked={includeDrafts} onChange={(e) => setIncludeDrafts(e.target.checked)} />
              Include drafts
            </label>
          </>
        )}
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
  );
}

/** The summary once an export is over: where, how much, what was left out; for the site, Open site and Show folder. */
function Summary() {
  const { scope, result, place, open, close } = useExportStore();
  if (!result) return null;
  const isSite = scope.kind !== 'review' && place?.folder === result.outDir;
  return (
    <>
      <div className="dialog__body" role="status">
        <p className="export-dialog__done">
          {scope.kind === 'update' ? 'Your site is up to date in ' : 'Exported to '}
          <code className="export-dialog__path">{result.outDir}</code>
        </p>
        <p>
          {plural(result.pages, 'page', 'pages')}: {plural(result.written, 'file', 'files')} written, {result.unchanged.toLocaleString('en')} already up to
          date.
        </p>
        <SiteNotes notes={result.notes} />
      </div>
      {isSite && <SiteActions />}
      <div className="dialog__actions">
        {isSite && (
          <button type="button" className="button button--quiet" onClick={() => open({ kind: 'site' })}>
            Change folder…
          </button>
        )}
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          Done
        </button>
      </div>
    </>
  );
}

/**
 * Update site, File > Export Site… and Export This Review…: what to include, then the
 * system's folder dialog (main asks for it, unless the site's folder is remembered), a
 * progress bar with Cancel while the pages are written, and a summary. Mounted once, at the app's root.
 */
export function ExportDialog() {
  const { phase, scope, progress, error, canRetry, cancelling, cancel, close, open } = useExportStore();
  const titleId = useId();
  const draftsId = useId();

  // Esc closes only when nothing is running: the store's close() says so.
  return (
    <ModalDialog open={phase !== 'closed'} className="dialog export-dialog" labelledBy={titleId} onEscape={close}>
      <h2 id={titleId} className="dialog__title">
        {titleOf(scope)}
      </h2>
      {phase === 'ready' && <Question draftsId={draftsId} />}
      {phase === 'choosing' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" />
          Choose the folder to export to…
        </p>
      )}
      {phase === 'running' && (
        <RunningTask
          label={scope.kind === 'update' ? 'Updating your site…' : 'Writing the pages…'}
          progress={progress}
          cancelling={cancelling}
          cancelLabel="Cancel export"
          onCancel={() => void cancel()}
        />
      )}
      {phase === 'done' && <Summary />}
      {phase === 'cancelled' && (
        <>
          <p className="dialog__body" role="status">
            Export cancelled. The folder was left as it was.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={close} autoFocus>
              Close
            </button>
          </div>
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
              <button type="button" className="button button--primary" onClick={() => open(scope)}>
                Try again
              </button>
            )}
          </div>
        </>
      )}
    </ModalDialog>
  );
}
