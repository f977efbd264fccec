import { useEffect, useId, useRef, useState } from 'react';
import { useFolderPrompt } from '../../api/browser-dialogs';
import { ModalDialog } from '../../shared/ui/ModalDialog';

/**
 * The browser's stand-in for the desktop's folder dialog (Export Site…): a folder
 * on the machine that runs Dramalog, remembered for next time, or a .zip download.
 * The journal's own rules for export folders apply either way.
 */
export function FolderPrompt() {
  const request = useFolderPrompt((s) => s.request);
  const remembered = useFolderPrompt((s) => s.remembered);
  const answer = useFolderPrompt((s) => s.answer);
  const [folder, setFolder] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const hintId = useId();
  useEffect(() => {
    if (request) setFolder(remembered);
  }, [request, remembered]);

  const exportHere = () => {
    if (folder.trim()) answer({ folder: folder.trim() });
  };
  return (
    <ModalDialog open={request !== null} className="dialog" labelledBy={titleId} describedBy={hintId} initialFocus={input} onEscape={() => answer(null)}>
      <h2 id={titleId} className="dialog__title">
        {request?.title ?? 'Export'}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          exportHere();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${titleId}-folder`}>
            Folder on the computer that runs Dramalog
          </label>
          <input
            ref={input}
            id={`${titleId}-folder`}
            type="text"
            value={folder}
            onChange={(event) => setFolder(event.target.value)}
            placeholder="/home/me/drama-site"
            autoComplete="off"
            spellCheck={false}
          />
          <p id={hintId} className="field__hint">
            An empty folder, or one Dramalog exported to before. Or download the site as a .zip instead.
          </p>
        </div>
        <div className="dialog__actions dialog__actions--wrap">
          <button type="button" className="button" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => answer({ download: true })}>
            Download .zip
          </button>
          <button type="submit" className="button button--primary" disabled={!folder.trim()}>
            Export here
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
