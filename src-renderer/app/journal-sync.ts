/**
 * Keeps a browser tab in step with the journal when something else changed it
 * (another tab, the CLI): what is on screen is fetched again. The editor is
 * refreshed only when it holds nothing unsaved and nobody is typing in it; text
 * typed meanwhile is never replaced, and a save over the other text is refused
 * (see the editor store's conflict).
 */
import { onJournalChanged } from '../api/client';
import { useDiaryStore } from '../features/diary/diary-store';
import { useDramaStore } from '../features/drama/drama-store';
import { useEditorStore } from '../features/editor/editor-store';
import { useLibraryStore } from '../features/library/library-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { useRouterStore } from './router-store';

const typingIn = (container: Element | null) => {
  const active = document.activeElement;
  return !!container && !!active && container.contains(active) && active.matches('input, textarea, select, [contenteditable]');
};

function refresh(): void {
  const { route } = useRouterStore.getState();
  // The settings form holds its own copy while open; elsewhere the theme and site title follow.
  if (route.name !== 'settings') void useSettingsStore.getState().load();
  if (useLibraryStore.getState().dramas !== null) void useLibraryStore.getState().load();
  if (route.name === 'drama') {
    void useDramaStore.getState().load(route.id);
    // An episode's grade changes the log, not the drama: its history is fetched too.
    void useDiaryStore.getState().loadHistory(route.id);
  }
  if (route.name === 'diary') void useDiaryStore.getState().load();
  if (route.name === 'review') {
    const editor = useEditorStore.getState();
    if (editor.dramaId === route.id && editor.status === 'saved' && !editor.conflict && !typingIn(document.getElementById('main'))) {
      void editor.open(route.id);
    }
  }
}

export function followJournalChanges(): () => void {
  return onJournalChanged(refresh);
}
