import { useCallback, useState } from 'react';

/** How the library shows the dramas: the table or the poster grid. */
export type LibraryView = 'table' | 'posters';

const KEY = 'dramalog.library-view';

function stored(): LibraryView {
  try {
    return localStorage.getItem(KEY) === 'posters' ? 'posters' : 'table';
  } catch {
    return 'table';
  }
}

/** The library's view, remembered on this computer between visits. */
export function useLibraryView(): [LibraryView, (view: LibraryView) => void] {
  const [view, setView] = useState<LibraryView>(stored);
  const choose = useCallback((next: LibraryView) => {
    setView(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable; the choice then lasts as long as the screen.
    }
  }, []);
  return [view, choose];
}
