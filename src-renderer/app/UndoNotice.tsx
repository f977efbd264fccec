import { useEffect, useRef } from 'react';
import { dismissUndo, holdUndo, undo, useUndoStore } from './undo-store';

/**
 * The notice after a delete: what was deleted and an Undo button, which takes focus as it
 * appears (the control the user pressed has gone with what it deleted), read out by screen
 * readers, and gone after a few seconds unless the user is on it. Esc dismisses it.
 */
/** The notice goes with the focus in it: focus goes back to the screen rather than to nowhere. */
function refocus() {
  if (document.activeElement === document.body || document.activeElement === null) document.getElementById('main')?.focus();
}

async function undoAndRefocus() {
  await undo();
  refocus();
}

export function UndoNotice() {
  const { offer, busy, error } = useUndoStore();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (offer) button.current?.focus({ preventScroll: true });
  }, [offer]);

  return (
    <div className="undo-notice-region" aria-live="polite">
      {offer && (
        <div
          className="undo-notice"
          onFocus={() => holdUndo(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) holdUndo(false);
          }}
          onPointerEnter={() => holdUndo(true)}
          onPointerLeave={() => holdUndo(false)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            dismissUndo();
            refocus();
          }}
        >
          <p className="undo-notice__message">{error ?? offer.message}</p>
          <button ref={button} type="button" className="button undo-notice__button" disabled={busy} onClick={() => void undoAndRefocus()}>
            {busy ? 'Undoing…' : 'Undo'}
          </button>
          <button type="button" className="button button--quiet undo-notice__close" aria-label="Dismiss" onClick={() => (dismissUndo(), refocus())}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
