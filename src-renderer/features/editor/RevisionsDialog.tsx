import { useEffect, useId, useRef, useState } from 'react';
import type { Revision, RevisionSummary } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { formatMoment } from '../../shared/format/dates';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { announce } from '../../shared/ui/announcer-store';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { useEditorStore } from './editor-store';
import { describeChanges, describeChangesInWords } from './revisions/describe-changes';
import { ReviewDiffView } from './revisions/ReviewDiffView';
import './revisions/revisions.css';

interface RevisionsDialogProps {
  dramaId: number;
  open: boolean;
  onClose(): void;
}

/** What the dialog shows once the versions are loaded: the current text and the version chosen to compare with it. */
interface Loaded {
  revisions: RevisionSummary[];
  current: Revision | null;
  chosen: Revision | null;
}

/**
 * The review's saved versions, newest first, each saying what it changed against
 * the one before. Choosing one shows the current text against it, with what was
 * added and removed since marked; the version before the current one is chosen
 * as the dialog opens. Restoring makes the chosen version the review again (the
 * current text stays in the history, as the version before). Esc closes. The
 * dialog has a fixed size, so choosing a version never moves what is on screen.
 */
export function RevisionsDialog({ dramaId, open, onClose }: RevisionsDialogProps) {
  const titleId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRegion = useRef<HTMLDivElement>(null);
  const restoreRevision = useEditorStore((s) => s.restoreRevision);
  const saveNow = useEditorStore((s) => s.saveNow);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoaded(null);
    setError(null);
    // What is typed now is saved first, so it is the newest revision in the list.
    void (async () => {
      await saveNow();
      const revisions = await api('revisions.list', { dramaId });
      const [newest, previous] = revisions;
      const current = newest ? await api('revisions.get', { id: newest.id }) : null;
      const chosen = previous ? await api('revisions.get', { id: previous.id }) : current;
      if (live) setLoaded({ revisions, current, chosen });
    })().catch((e: unknown) => {
      if (live) setError(messageOf(e));
    });
    return () => {
      live = false;
    };
  }, [open, dramaId, saveNow]);

  // A newly chosen version opens on its first change, so a long review need not be searched for it.
  const chosenId = loaded?.chosen?.id;
  useEffect(() => {
    const region = textRegion.current;
    if (!region || chosenId === undefined) return;
    region.scrollTop = 0;
    const change = region.querySelector('.review-diff ins, .review-diff del');
    if (!change) return;
    const offset = change.getBoundingClientRect().top - region.getBoundingClientRect().top;
    if (offset > region.clientHeight * 0.6) region.scrollTop = offset - region.clientHeight / 3;
  }, [chosenId]);

  async function choose(id: number) {
    setError(null);
    try {
      const chosen = id === loaded?.current?.id ? loaded.current : await api('revisions.get', { id });
      setLoaded((now) => (now ? { ...now, chosen } : now));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore() {
    const chosen = loaded?.chosen;
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await restoreRevision(chosen.id);
      announce(`Restored the version saved ${formatMoment(chosen.savedAt)}.`);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const current = loaded?.current ?? null;
  const chosen = loaded?.chosen ?? null;
  const chosenIsCurrent = chosen !== null && chosen.id === current?.id;
  return (
    <ModalDialog
      open={open}
      className="dialog versions-dialog"
      labelledBy={titleId}
      onEscape={() => {
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Earlier versions
      </h2>
      <div className="versions">
        <div className="versions__list">
          {!loaded && !error && <p className="muted">Loading the versions…</p>}
          {loaded && loaded.revisions.length === 0 && <p className="muted">Nothing saved yet: versions appear here as you write.</p>}
          {loaded && loaded.revisions.length > 0 && (
            <ol aria-label="Saved versions, newest first">
              {loaded.revisions.map((revision) => (
                <li key={revision.id}>
                  <button
                    type="button"
                    className="version"
                    aria-pressed={chosen?.id === revision.id}
                    onClick={() => void choose(revision.id)}
                  >
                    <span className="version__time">
                      {formatMoment(revision.savedAt)}
                      {revision.id === current?.id ? ' (current)' : ''}
                    </span>
                    <span className="version__changes" aria-hidden="true">
                      {describeChanges(revision.changes).map((phrase) => (
                        <span key={phrase} className={`version__change${/^Grade .+ → /.test(phrase) ? ' version__change--grade' : ''}`}>
                          {phrase}
                        </span>
                      ))}
                    </span>
                    <span className="visually-hidden">
                      {describeChangesInWords(revision.changes)}
                    </span>
                    {revision.changes.excerpt && (
                      <span className={`version__excerpt version__excerpt--${revision.changes.excerpt.kind}`}>
                        {revision.changes.excerpt.kind === 'removed' ? 'Removed: ' : ''}
                        {revision.changes.excerpt.text}
                      </span>
                    )}
                    <span className="version__meta">
                      {revision.words.toLocaleString('en')} words{revision.restoredFrom !== null ? ' · restored' : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
        {/* Focusable, so the text of a long version can be scrolled with the keyboard. */}
        <div ref={textRegion} className="versions__text" role="region" aria-label="The chosen version against the current text" tabIndex={0}>
          {chosen && current ? (
            <article aria-label={`The version saved ${formatMoment(chosen.savedAt)}, against the current text`}>
              <p className="versions__legend">
                {chosenIsCurrent ? (
                  'This is the current text.'
                ) : (
                  <>
                    The current text against the version of {formatMoment(chosen.savedAt)}: <ins>added since</ins>,{' '}
                    <del>removed since</del>.
                  </>
                )}
              </p>
              <ReviewDiffView before={chosen.content} after={current.content} />
            </article>
          ) : (
            loaded && loaded.revisions.length > 0 && <p className="muted">Choose a version to compare it with the current text.</p>
          )}
        </div>
      </div>
      <ActionError message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Close
        </button>
        <button type="button" className="button button--primary" onClick={() => void restore()} disabled={!chosen || busy || chosenIsCurrent}>
          {busy ? 'Restoring…' : 'Restore this version'}
        </button>
      </div>
    </ModalDialog>
  );
}
