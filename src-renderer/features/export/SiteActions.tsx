import { useId, useState } from 'react';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { ActionError } from '../../shared/ui/ErrorAlerts';

/**
 * Open site and Show folder, for the site in its remembered folder. On the desktop the
 * system opens both (the default browser, the file manager); in a browser the site opens
 * in a new tab from `dramalog serve`, and the folder, on the computer that runs Dramalog,
 * is shown as a path to copy.
 */
export function SiteActions() {
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const pathId = useId();

  async function openSite() {
    setError(null);
    try {
      const { url } = await api('site.open', undefined);
      if (url) window.open(url, '_blank', 'noopener');
    } catch (failure) {
      setError(messageOf(failure));
    }
  }
  async function showFolder() {
    setError(null);
    try {
      const { shown, folder } = await api('site.showFolder', undefined);
      setPath(shown ? null : folder);
      setCopied(false);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }
  async function copy() {
    if (!path) return;
    try {
      await navigator.clipboard.writeText(path);
      setCopied(true);
    } catch {
      // No clipboard here (plain HTTP beyond this machine): the path is selected, ready for Ctrl+C.
      (document.getElementById(pathId) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <div className="site-actions">
      <div className="site-actions__buttons">
        <button type="button" className="button" onClick={() => void openSite()}>
          Open site
        </button>
        <button type="button" className="button" onClick={() => void showFolder()}>
          Show folder
        </button>
      </div>
      {path && (
        <div className="site-actions__path">
          <label htmlFor={pathId}>The site’s folder, on the computer that runs Dramalog</label>
          <div className="site-actions__copy">
            <input id={pathId} type="text" readOnly value={path} onFocus={(event) => event.target.select()} autoFocus />
            <button type="button" className="button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
      <ActionError message={error} />
    </div>
  );
}
