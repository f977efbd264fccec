import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { CoverPicture } from '../../../src-main/core/covers/cover-types';
import { WATCH_STATUS_LABELS, type DramaSummary } from '../../../src-main/core/model';
import { hrefOf } from '../../app/routes';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { useWindowRows } from '../library/use-window-rows';
import { CoverThumb } from './CoverThumb';
import { useCoverThumbs } from './cover-thumbs-store';
import './covers.css';

/** Cards are at least this wide; the grid fits as many columns as the width allows. */
const MIN_CARD = 150;
const GAP = 16;
/** The title lines under each poster (covers.css agrees). */
const CAPTION = 80;

/** How the grid is laid out at a given width: every card the same size, so a row's place is its index times rowHeight. */
export function gridLayout(width: number): { columns: number; cardWidth: number; rowHeight: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_CARD + GAP)));
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  return { columns, cardWidth, rowHeight: Math.round(cardWidth * 1.5 + CAPTION + GAP) };
}

/**
 * The library as a wall of posters. Like the table, only the rows of cards in
 * view (and a few around them) are in the page, and only their thumbnails are
 * loaded, so 10,000 dramas cost what a screenful does.
 */
export function PosterGrid({ dramas }: { dramas: DramaSummary[] }) {
  const body = useRef<HTMLUListElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    setWidth(Math.floor(element.getBoundingClientRect().width));
    return () => observer.disconnect();
  }, []);

  const { columns, cardWidth, rowHeight } = gridLayout(width || 960);
  const rows = Math.ceil(dramas.length / columns);
  const { start, end } = useWindowRows(body, rows, rowHeight);
  const shown = dramas.slice(start * columns, end * columns);
  const thumbs = useCoverThumbs(shown.map((drama) => drama.id));

  return (
    <ul className="poster-grid" ref={body} aria-label="Dramas in your journal" style={{ height: rows * rowHeight }}>
      {shown.map((drama, i) => {
        const index = start * columns + i;
        const left = (index % columns) * (cardWidth + GAP);
        const top = Math.floor(index / columns) * rowHeight;
        return (
          <PosterCard
            key={drama.id}
            drama={drama}
            index={index}
            total={dramas.length}
            picture={thumbs.get(drama.id)}
            style={{ width: cardWidth, transform: `translate(${left}px, ${top}px)` }}
          />
        );
      })}
    </ul>
  );
}

const PosterCard = memo(function PosterCard({
  drama,
  index,
  total,
  picture,
  style,
}: {
  drama: DramaSummary;
  index: number;
  total: number;
  picture: CoverPicture | null | undefined;
  style: { width: number; transform: string };
}) {
  return (
    <li className="poster-card" aria-posinset={index + 1} aria-setsize={total} style={style}>
      <a className="poster-card__link" href={hrefOf({ name: 'drama', id: drama.id })}>
        <CoverThumb picture={picture} title={drama.title} size="card" />
        <span className="poster-card__title">{drama.title}</span>
      </a>
      <span className="poster-card__native" lang="ko">
        {drama.nativeTitle}
      </span>
      <span className="poster-card__meta">
        <GradeBadge grade={drama.grade} />
        <span>{WATCH_STATUS_LABELS[drama.status]}</span>
      </span>
    </li>
  );
});
