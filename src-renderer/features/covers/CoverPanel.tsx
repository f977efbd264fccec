import { useEffect, useState } from 'react';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { useCoverStore } from './cover-store';
import './covers.css';

/** Pasting into a text field is typing, not a new cover. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

const firstPicture = (files: FileList | null | undefined): File | undefined => (files ? Array.from(files).find((f) => f.type.startsWith('image/')) ?? files[0] : undefined);

/**
 * The drama's cover on its screen: choose a file, paste a picture (Ctrl+V
 * anywhere on the screen but in a text field) or drop one on the screen;
 * replace or remove it. A picture the core refuses leaves the cover as it was.
 */
export function CoverPanel({ dramaId, title }: { dramaId: number; title: string }) {
  const { picture, loaded, busy, error, load, choose, takeFile, remove } = useCoverStore();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void load(dramaId);
  }, [dramaId, load]);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const file = firstPicture(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      void takeFile(file);
    };
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = firstPicture(event.dataTransfer?.files);
      if (file) void takeFile(file);
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [takeFile]);

  return (
    <section className={`cover-panel${dragging ? ' cover-panel--dropping' : ''}`} aria-label="Cover" aria-busy={busy || !loaded}>
      {picture ? (
        <img className="cover-panel__picture" src={picture.dataUrl} alt={`Cover of ${title}`} width={picture.width} height={picture.height} />
      ) : (
        <div className="cover-panel__empty">
          {loaded && (dragging ? 'Drop the picture to make it the cover' : 'No cover yet. Choose a picture, paste one or drop one here.')}
        </div>
      )}
      <div className="cover-panel__side">
        <p className="cover-panel__hint">
          {picture ? 'Paste or drop another picture on this screen to replace it.' : 'A poster shows in the library, in search and on actor pages.'}
        </p>
        <div className="cover-panel__actions">
          <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
            {picture ? 'Replace cover…' : 'Choose cover…'}
          </button>
          {picture && (
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void remove()}>
              Remove cover
            </button>
          )}
        </div>
        <ActionError message={error} />
      </div>
    </section>
  );
}
