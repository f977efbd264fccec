import { memo } from 'react';
import { WATCH_STATUS_LABELS, type DiaryListing } from '@common/model';
import type { CoverPicture } from '@common/types/covers';
import { hrefOf } from '../../app/routes';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { CoverThumb } from '../covers/CoverThumb';
import { dayOf, watchDates } from './diary-months';

const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** One watch in the diary: its day large in the margin, the cover, the drama, how the watch went, and its note. */
export const DiaryEntryItem = memo(function DiaryEntryItem({ entry, picture }: { entry: DiaryListing; picture: CoverPicture | null | undefined }) {
  const day = dayOf(entry);
  return (
    <li className="diary-entry">
      {/* The day again, large, for the eye; the dates line below says it in words. */}
      <span className="diary-entry__day" aria-hidden="true">
        {day ? (
          <>
            <span className="diary-entry__date">{Number(day.slice(8, 10))}</span>
            <span className="diary-entry__weekday">{WEEKDAY.format(new Date(`${day}T00:00:00Z`))}</span>
          </>
        ) : (
          <span className="diary-entry__weekday">—</span>
        )}
      </span>
      <CoverThumb picture={picture} title={entry.title} />
      <div className="diary-entry__body">
        <p className="diary-entry__titles">
          <a className="diary-entry__title" href={hrefOf({ name: 'drama', id: entry.dramaId })}>
            {entry.title}
          </a>{' '}
          <span className="diary-entry__native" lang="ko">
            {entry.nativeTitle}
          </span>
        </p>
        <p className="diary-entry__meta">
          <span className="diary-entry__dates">{watchDates(entry)}</span>
          <span className={`status-pill status-pill--${entry.status}`}>{WATCH_STATUS_LABELS[entry.status]}</span>
          {entry.rewatch && <span className="diary-entry__rewatch">Rewatch</span>}
          {entry.grade && (
            <span className="diary-entry__grade">
              <span className="visually-hidden">Grade </span>
              <GradeBadge grade={entry.grade} />
            </span>
          )}
        </p>
        {entry.note && <p className="diary-entry__note">{entry.note}</p>}
      </div>
    </li>
  );
});
