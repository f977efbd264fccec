import { useEffect } from 'react';
import { inBrowser, onBeforeClose } from '../../api/client';
import { saveBeforeLeaving, useEditorStore } from './editor-store';

/**
 * Unsaved typing is saved when the page goes away: the desktop window closing
 * (main waits for the save), a reload or the page being hidden (a copy goes to
 * localStorage at once and a save starts). In a browser tab, which cannot be
 * held open, the browser's leave-page question shows while a save is pending.
 * Installed once, by the app.
 */
export function useEditorLifecycle(): void {
  useEffect(() => {
    const warnWhilePending = (event: BeforeUnloadEvent) => {
      if (useEditorStore.getState().status === 'saved') return;
      event.preventDefault();
      event.returnValue = ''; // older browsers ask only when this is set
    };
    const browser = inBrowser();
    if (browser) window.addEventListener('beforeunload', warnWhilePending);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveBeforeLeaving();
    };
    window.addEventListener('pagehide', saveBeforeLeaving);
    window.addEventListener('beforeunload', saveBeforeLeaving);
    document.addEventListener('visibilitychange', onHidden);
    const unsubscribe = onBeforeClose(async () => {
      await useEditorStore.getState().saveNow();
    });
    return () => {
      window.removeEventListener('pagehide', saveBeforeLeaving);
      window.removeEventListener('beforeunload', saveBeforeLeaving);
      if (browser) window.removeEventListener('beforeunload', warnWhilePending);
      document.removeEventListener('visibilitychange', onHidden);
      unsubscribe();
    };
  }, []);
}
