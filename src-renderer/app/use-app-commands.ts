import { useEffect } from 'react';
import type { MenuCommand } from '../../src-main/core/ipc/contract';
import { onMenuCommand } from '../api/client';
import { navigate } from './router-store';
import type { Route } from './routes';

const ROUTE_OF_COMMAND: Record<MenuCommand, Route> = {
  'new-drama': { name: 'new' },
  'open-library': { name: 'library' },
  'open-settings': { name: 'settings' },
};

/**
 * The app menu's commands, and Ctrl/Cmd+N for when there is no menu (the browser
 * tests). In Electron the menu's accelerator takes the key first; if both fire,
 * navigating to the screen already open does nothing.
 */
export function useAppCommands(): void {
  useEffect(() => onMenuCommand((command) => navigate(ROUTE_OF_COMMAND[command])), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || event.altKey || event.shiftKey) return;
      const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? event.metaKey : event.ctrlKey;
      if (mod && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigate({ name: 'new' });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
