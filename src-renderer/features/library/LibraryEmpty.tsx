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
    </section>
  );
}
