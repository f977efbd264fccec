/** One problem of a form, and the control it is about (where its link leads). */
export interface SummaryItem {
  controlId: string;
  message: string;
}

/**
 * Every problem of a refused save at once, at the top of the form, each linking to its field
 * (where the same message is shown beside it). Announced when it appears.
 */
export function ErrorSummary({ items, title = 'Please check these fields' }: { items: readonly SummaryItem[]; title?: string }) {
  if (!items.length) return null;
  return (
    <div className="form-error form-error--summary" role="alert">
      <p className="form-error__title">
        {title} ({items.length}):
      </p>
      <ul className="form-error__list">
        {items.map((item) => (
          <li key={item.controlId}>
            <a
              href={`#${item.controlId}`}
              onClick={(event) => {
                // The app routes on the hash: move focus instead of navigating.
                event.preventDefault();
                document.getElementById(item.controlId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
