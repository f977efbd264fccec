/**
 * Keeps a browser tab in step with the journal when something else changed it
 * (another tab, the CLI): what is on screen is fetched again. The editor is
 * refreshed only when it holds nothing unsaved and nobody is typing in it; text
 * typed meanwhile is never replaced, and a save over the other text is refused
 * (see the editor store's conflict).
 */
import { onJournalChanged } from '../api/client';
import { useDramaStore } from '../features/drama/drama-store';
import { useEditor } from '../features/editor/editor-store';
import { useLibrary } from '../features/library/library-store';
import { useSettings } from '../features/settings/settings-store';
import { useRouter } from './router-store';

const typingIn = (container: Element | null) => {
  const active = document.activeElement;
  return !!container && !!active && container.contains(active) && active.matches('input, textarea, select, [contenteditable]');
};

function refresh(): void {
  const { route } = useRouter.getState();
  // The settings form holds its own copy while open; elsewhere the theme and site title follow.
  if (route.name !== 'settings') void useSettings.getState().load();
  if (useLibrary.getState().dramas !== null) void useLibrary.getState().load();
  if (route.name === 'drama') void useDramaStore.getState().load(route.id);
  if (route.name === 'review') {
    const editor = useEditor.getState();
    if (editor.dramaId === route.id && editor.status === 'saved' && !editor.conflict && !typingIn(document.getElementById('main'))) {
      void editor.open(route.id);
    }
  }
}

export function followJournalChanges(): () => void {
  return onJournalChanged(refresh);
}
