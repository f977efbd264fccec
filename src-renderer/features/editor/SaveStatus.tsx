import type { SaveStatus as Status } from './editor-store';

const LABELS: Record<Exclude<Status, 'error'>, string> = { saved: 'Saved', pending: 'Saving…', saving: 'Saving…' };

/** Saved, Saving… or Couldn't save: why. Screen readers hear errors at once, the rest politely. */
export function SaveStatus({ status, message, onRetry }: { status: Status; message: string | null; onRetry(): void }) {
  if (status === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <span>Couldn’t save: {message ?? 'the journal did not answer.'}</span>
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className={`save-status save-status--${status}`} role="status">
      <span className="save-status__dot" aria-hidden="true" />
      {LABELS[status]}
    </p>
  );
}
