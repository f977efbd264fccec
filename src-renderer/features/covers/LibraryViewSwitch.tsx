import type { LibraryView } from './library-view';
import './covers.css';

const VIEWS: { view: LibraryView; label: string }[] = [
  { view: 'table', label: 'Table' },
  { view: 'posters', label: 'Posters' },
];

/** Table or posters: two toggle buttons, the chosen one pressed. */
export function LibraryViewSwitch({ view, onChange }: { view: LibraryView; onChange(view: LibraryView): void }) {
  return (
    <div className="view-switch" role="group" aria-label="Show the library as">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          className="view-switch__button"
          aria-pressed={view === option.view}
          onClick={() => onChange(option.view)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
