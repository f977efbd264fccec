import { useId } from 'react';
import { REVIEW_SECTIONS } from '@common/model';
import { useEditorStore } from './editor-store';

/**
 * Shown when the review was saved from another window or tab while this one held
 * other text: says so, shows the other text, and saves nothing until the user
 * keeps their own (the other then stays in Earlier versions).
 */
export function ConflictNotice() {
  const conflict = useEditorStore((s) => s.conflict);
  const headingId = useId();
  if (!conflict) return null;
  const { theirs } = conflict;
  const savedAt = new Date(theirs.updatedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="notice notice--error conflict-notice" role="alert" aria-labelledby={headingId}>
      <div className="conflict-notice__text">
        <h2 id={headingId} className="conflict-notice__title">
          This review was changed in another window
        </h2>
        <p>
          It was saved there at {savedAt}, after you opened it here. Nothing you typed was lost, and nothing was saved
          over the other text. Keep yours to save it; the other text stays in Earlier versions.
        </p>
        <details className="conflict-notice__theirs">
          <summary>Show the other text</summary>
          {REVIEW_SECTIONS.flatMap((name) => theirs[name]).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </details>
      </div>
      <button type="button" className="button button--primary" onClick={() => void useEditorStore.getState().keepMine()}>
        Keep my text
      </button>
    </section>
  );
}
