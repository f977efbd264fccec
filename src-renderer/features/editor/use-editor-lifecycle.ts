import { useEffect } from 'react';
import { onBeforeClose } from '../../api/client';
import { saveBeforeLeaving, useEditorStore } from './editor-store';

/**
 * Unsaved typing is saved when the page goes away: the desktop window closing
 * (main waits for the save), a reload or the page being hidden (a copy goes to
 * localStorage at once and a save starts). Installed once, by the app.
 */
export function useEditorLifecycle(): void {
  useEffect(() => {
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
      document.removeEventListener('visibilitychange', onHidden);
      unsubscribe();
    };
  }, []);
}
