import { useId } from 'react';
import './task-progress.css';

/**
 * The bar of long work the core reports (an export, a publish): files done of the total, or,
 * before there is a count, a bar that says "working" without a value and what is happening.
 */
export function TaskProgress({ progress, labelId, waiting }: { progress: { done: number; total: number } | null; labelId: string; waiting: string }) {
  const counted = progress && progress.total > 0 ? progress : null;
  return (
    <div className="task-progress">
      {counted ? (
        <progress className="task-progress__bar" aria-labelledby={labelId} max={counted.total} value={counted.done} />
      ) : (
        <progress className="task-progress__bar" aria-labelledby={labelId} />
      )}
      <p className="task-progress__count" aria-live="polite">
        {counted ? `${counted.done.toLocaleString('en')} of ${counted.total.toLocaleString('en')} files` : waiting}
      </p>
    </div>
  );
}

/**
 * A long task while it runs, as the export and publish dialogs show it: what is happening, the bar,
 * and its Cancel button (disabled once pressed, while the core stops).
 */
export function RunningTask({
  label,
  progress,
  cancelling,
  cancelLabel,
  onCancel,
}: {
  label: string;
  progress: { done: number; total: number } | null;
  cancelling: boolean;
  cancelLabel: string;
  onCancel(): void;
}) {
  const labelId = useId();
  return (
    <>
      <p id={labelId}>{cancelling ? 'Cancelling…' : label}</p>
      {/* No count yet while the site is being planned. */}
      <TaskProgress progress={progress} labelId={labelId} waiting="Looking at what changed…" />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}

/** What a site export left out and why (an incomplete review, a picture that is a link), one sentence each. */
export function SiteNotes({ notes }: { notes: readonly string[] }) {
  if (!notes.length) return null;
  return (
    <ul className="site-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
