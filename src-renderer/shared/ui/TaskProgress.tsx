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
