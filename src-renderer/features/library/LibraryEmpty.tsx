import { shortcutLabel } from '../../app/shortcuts';

export function LibraryEmpty({ onAdd }: { onAdd(): void }) {
  return (
    <section className="empty-state" aria-labelledby="library-empty-title">
      <h2 id="library-empty-title" className="empty-state__title">
        Your journal is empty.
      </h2>
      <p>Add a drama you watched, are watching or plan to watch, and it will appear here with its grade and progress.</p>
      <button type="button" className="button button--primary" onClick={onAdd}>
        Add drama
      </button>
      <p className="empty-state__hint">Tip: {shortcutLabel('n')} adds a drama from anywhere.</p>
    </section>
  );
}

export function NoMatches({ onClear }: { onClear(): void }) {
  return (
    <section className="empty-state" aria-labelledby="library-no-match-title">
      <h2 id="library-no-match-title" className="empty-state__title">
        No drama matches these filters.
      </h2>
      <p>Check the spelling of the title, or choose “Any” for some of the filters.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </section>
  );
}
