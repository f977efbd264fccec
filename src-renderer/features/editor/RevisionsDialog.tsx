import { useEffect, useId, useState } from 'react';
import type { Revision, RevisionSummary } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { formatMoment } from '../../shared/format/dates';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { announce } from '../../shared/ui/announcer';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { REVIEW_SECTIONS } from '@common/model';
import { SECTION_LABELS } from './editor-model';
import { useEditor } from './editor-store';

interface RevisionsDialogProps {
  dramaId: number;
  open: boolean;
  onClose(): void;
}

/**
 * The review's saved versions, newest first, with their times. Choosing one shows
 * its text; restoring it makes it the review again (the current text stays in the
 * history, as the version before). Esc closes.
 */
export function RevisionsDialog({ dramaId, open, onClose }: RevisionsDialogProps) {
  const titleId = useId();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [chosen, setChosen] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const restoreRevision = useEditor((s) => s.restoreRevision);
  const saveNow = useEditor((s) => s.saveNow);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setRevisions(null);
    setChosen(null);
    setError(null);
    // What is typed now is saved first, so it is the newest revision in the list.
    void saveNow()
      .then(() => api('revisions.list', { dramaId }))
      .then(
        (list) => current && setRevisions(list),
        (e: unknown) => current && setError(messageOf(e)),
      );
    return () => {
      current = false;
    };
  }, [open, dramaId, saveNow]);

  async function choose(id: number) {
    setError(null);
    try {
      setChosen(await api('revisions.get', { id }));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore() {
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

  const latestId = revisions?.[0]?.id;
  return (
    <ModalDialog
      open={open}
      className="dialog revisions-dialog"
      labelledBy={titleId}
      onEscape={() => {
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Earlier versions
      </h2>
      <div className="revisions">
        <div className="revisions__list">
          {!revisions && !error && <p className="muted">Loading the versions…</p>}
          {revisions && revisions.length === 0 && <p className="muted">Nothing saved yet: versions appear here as you write.</p>}
          {revisions && revisions.length > 0 && (
            <ol aria-label="Saved versions, newest first">
              {revisions.map((revision) => (
                <li key={revision.id}>
                  <button
                    type="button"
                    className="revision"
                    aria-pressed={chosen?.id === revision.id}
                    onClick={() => void choose(revision.id)}
                  >
                    <span className="revision__time">
                      {formatMoment(revision.savedAt)}
                      {revision.id === latestId ? ' (current)' : ''}
                    </span>
                    <span className="revision__meta">
                      {revision.words.toLocaleString('en')} words{revision.restoredFrom !== null ? ' · restored' : ''}
                    </span>
                    <span className="revision__preview">{revision.preview || '(no text)'}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
        {/* Focusable, so the text of a long version can be scrolled with the keyboard. */}
        <div className="revisions__text" aria-live="polite" role="region" aria-label="The chosen version" tabIndex={0}>
          {chosen ? (
            <article aria-label={`The version saved ${formatMoment(chosen.savedAt)}`}>
              <p className="revisions__byline">
                {chosen.content.grade ? `Grade ${chosen.content.grade}` : 'No grade'}
                {chosen.content.reviewer.name ? ` · by ${chosen.content.reviewer.name}` : ''}
                {chosen.content.pictures.length
                  ? ` · ${chosen.content.pictures.length} picture${chosen.content.pictures.length === 1 ? '' : 's'}`
                  : ''}
              </p>
              {REVIEW_SECTIONS.map((name) => {
                const pictures = chosen.content.pictures.filter((p) => p.section === name);
                if (!chosen.content[name].length && !pictures.length) return null;
                const picturesAfter = (count: number) =>
                  pictures
                    .filter((p) => p.afterParagraph === count)
                    .map((p, i) => (
                      <p key={`picture-${count}-${i}`} className="revisions__picture">
                        Picture: {p.alt || '(no alt text)'}
                      </p>
                    ));
                return (
                  <section key={name}>
                    <h3>{SECTION_LABELS[name]}</h3>
                    {picturesAfter(0)}
                    {chosen.content[name].map((paragraph, i) => [<p key={i}>{paragraph}</p>, ...picturesAfter(i + 1)])}
                  </section>
                );
              })}
            </article>
          ) : (
            <p className="muted">Choose a version to read it.</p>
          )}
        </div>
      </div>
      <ActionError message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Close
        </button>
        <button type="button" className="button button--primary" onClick={() => void restore()} disabled={!chosen || busy || chosen.id === latestId}>
          {busy ? 'Restoring…' : 'Restore this version'}
        </button>
      </div>
    </ModalDialog>
  );
}
