import { WATCH_STATUS_LABELS, type DramaSummary } from '../../../src-main/core/model';
import { hrefOf } from '../../app/routes';
import { formatDay } from '../../shared/format/dates';
import { GradeBadge } from '../../shared/ui/GradeBadge';

/**
 * Every drama as one table row. Rows have a fixed height (see library.css) so a
 * windowed version can later render only the rows in view.
 */
export function LibraryTable({ dramas }: { dramas: DramaSummary[] }) {
  return (
    <table className="library-table" aria-label="Dramas in your journal">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Grade</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Finished</th>
        </tr>
      </thead>
      <tbody>
        {dramas.map((drama) => (
          <LibraryRow key={drama.id} drama={drama} />
        ))}
      </tbody>
    </table>
  );
}

function LibraryRow({ drama }: { drama: DramaSummary }) {
  return (
    <tr className="library-row">
      <th scope="row" className="library-row__titles">
        <a className="library-row__link" href={hrefOf({ name: 'drama', id: drama.id })}>
          {drama.title}
        </a>
        <span className="library-row__native" lang="ko">
          {drama.nativeTitle}
        </span>
      </th>
      <td>
        <GradeBadge grade={drama.grade} />
      </td>
      <td>
        <span className={`status-pill status-pill--${drama.status}`}>{WATCH_STATUS_LABELS[drama.status]}</span>
      </td>
      <td className="library-row__progress">
        {drama.episodesWatched} / {drama.episodes}
      </td>
      <td>{formatDay(drama.finishedOn)}</td>
    </tr>
  );
}
