import { memo, useRef, type KeyboardEvent } from 'react';
import { WATCH_STATUS_LABELS, type DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { formatDay } from '../../shared/format/dates';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { useWindowRows } from './use-window-rows';

/** Every row is this tall (library.css agrees), so a row's place is its index times this. */
export const ROW_HEIGHT = 64;

const rowLinkId = (drama: DramaSummary) => `library-row-${drama.id}`;

/**
 * Every drama as one table row, but only the rows in view are in the page: the
 * table tells assistive technology how many rows there are (aria-rowcount) and
 * where each drawn row sits (aria-rowindex). Up and Down move between rows.
 */
export function LibraryTable({ dramas }: { dramas: DramaSummary[] }) {
  const body = useRef<HTMLDivElement>(null);
  const { start, end } = useWindowRows(body, dramas.length, ROW_HEIGHT);

  function focusRow(index: number) {
    const drama = dramas[index];
    const element = body.current;
    if (!drama || !element) return;
    const top = element.getBoundingClientRect().top + window.scrollY + index * ROW_HEIGHT;
    const headerRoom = 7 * 16;
    if (top < window.scrollY + headerRoom) window.scrollTo({ top: top - headerRoom });
    else if (top + ROW_HEIGHT > window.scrollY + window.innerHeight) window.scrollTo({ top: top + ROW_HEIGHT - window.innerHeight });
    // The row is drawn once the scroll has been measured.
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(rowLinkId(drama))?.focus()));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const link = (event.target as HTMLElement).closest('a[data-index]');
    if (!link) return;
    event.preventDefault();
    focusRow(Number(link.getAttribute('data-index')) + (event.key === 'ArrowDown' ? 1 : -1));
  }

  return (
    <div className="library-table" role="table" aria-label="Dramas in your journal" aria-rowcount={dramas.length + 1} onKeyDown={onKeyDown}>
      <div role="rowgroup" className="library-table__head">
        <div role="row" aria-rowindex={1} className="library-grid library-table__header-row">
          <span role="columnheader">Title</span>
          <span role="columnheader">Grade</span>
          <span role="columnheader">Review</span>
          <span role="columnheader">Status</span>
          <span role="columnheader">Progress</span>
          <span role="columnheader">Finished</span>
        </div>
      </div>
      <div role="rowgroup" className="library-table__body" ref={body} style={{ height: dramas.length * ROW_HEIGHT }}>
        {dramas.slice(start, end).map((drama, i) => (
          <LibraryRow key={drama.id} drama={drama} index={start + i} />
        ))}
      </div>
    </div>
  );
}

/** Whether the drama's review is a draft or final (the pill the drama screen and editor show), or that there is none yet. */
function ReviewState({ state }: { state: DramaSummary['reviewState'] }) {
  if (!state) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No review</span>
      </span>
    );
  }
  return <span className={`review-state review-state--${state}`}>{state === 'final' ? 'Final' : 'Draft'}</span>;
}

const LibraryRow = memo(function LibraryRow({ drama, index }: { drama: DramaSummary; index: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="library-grid library-row"
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
    >
      <span role="rowheader" className="library-row__titles">
        <a className="library-row__link" id={rowLinkId(drama)} data-index={index} href={hrefOf({ name: 'drama', id: drama.id })}>
          {drama.title}
        </a>
        <span className="library-row__native" lang="ko">
          {drama.nativeTitle}
        </span>
      </span>
      <span role="cell">
        <GradeBadge grade={drama.grade} />
      </span>
      <span role="cell">
        <ReviewState state={drama.reviewState} />
      </span>
      <span role="cell">
        <span className={`status-pill status-pill--${drama.status}`}>{WATCH_STATUS_LABELS[drama.status]}</span>
      </span>
      <span role="cell" className="library-row__progress">
        {drama.episodes === null ? drama.episodesWatched : `${drama.episodesWatched} / ${drama.episodes}`}
      </span>
      <span role="cell">{formatDay(drama.finishedOn)}</span>
    </div>
  );
});
