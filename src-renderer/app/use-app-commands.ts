import { useEffect } from 'react';
import { onMenuCommand } from '../api/client';
import { useLibraryStore } from '../features/library/library-store';
import { announce } from '../shared/ui/announcer-store';
import { runCommand, setDefaultCommand } from './commands';
import { navigate } from './router-store';
import { hrefOf, parseHash } from './routes';
import { installDataCommandDefaults } from './data-commands';
import { commandOfKey } from './shortcuts';

/** What each command does when the screen on view does not answer it. */
function installDefaults(): () => void {
  const undo = [
    setDefaultCommand('new-drama', () => navigate({ name: 'new' })),
    setDefaultCommand('open-library', () => navigate({ name: 'library' })),
    setDefaultCommand('open-settings', () => navigate({ name: 'settings' })),
    // Ctrl/Cmd+S anywhere but the editor: every other screen saves with its own button.
    setDefaultCommand('save-now', () => announce('Nothing to save here: forms save with their Save button.')),
    // Find (Ctrl/Cmd+F): the library answers with its own filter box (useCommand in LibraryFilters).
    // Anywhere else it opens Search, once the app has that screen, or else the library's filter box.
    setDefaultCommand('find', () => {
      const search = parseHash('#/search');
      if (hrefOf(search) === '#/search') return navigate(search);
      useLibraryStore.getState().requestFilterFocus();
      navigate({ name: 'library' });
    }),
    // Export, import, search, actors, statistics: see data-commands.ts.
    ...installDataCommandDefaults(),
  ];
  return () => undo.forEach((u) => u());
}

/**
 * The app menu's commands and the keyboard shortcuts (Ctrl/Cmd+N, S, F, E, U, Shift+E, Shift+U).
 * In Electron the menu's accelerators take these keys first and send the same
 * commands; in the browser tests the shortcuts arrive here as key presses.
 */
export function useAppCommands(): void {
  useEffect(installDefaults, []);
  useEffect(() => onMenuCommand((command) => void runCommand(command)), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const command = commandOfKey(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
