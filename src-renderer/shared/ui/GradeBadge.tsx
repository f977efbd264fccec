import type { Grade } from '@common/model';

export function GradeBadge({ grade }: { grade: Grade | null }) {
  if (!grade) {
    return (
      <span className="grade grade--none" title="Not graded yet">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not graded</span>
      </span>
    );
  }
  return <span className={`grade grade--${grade[0]!.toLowerCase()}`}>{grade}</span>;
}
