import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CoverPicture } from '@common/types/covers';
import { WATCH_STATUS_LABELS, type DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { useWindowRows } from '../library/use-window-rows';
import { CoverThumb } from './CoverThumb';
import { useCoverThumbs } from './cover-thumbs-store';
import { GAP, gridLayout } from './grid-layout';
import './covers.css';

const cardLinkId = (drama: DramaSummary) => `poster-card-${drama.id}`;

/** Which card an arrow key moves to, from `index` in a grid of `columns`. */
const STEPS: Record<string, (columns: number) => number> = {
  ArrowLeft: () => -1,
  ArrowRight: () => 1,
  ArrowUp: (columns) => -columns,
  ArrowDown: (columns) => columns,
};

/**
 * The library as a wall of posters. Like the table, only the rows of cards in
 * view (and a few around them) are in the page, and only their thumbnails are
 * loaded, so 10,000 dramas cost what a screenful does. The arrow keys move
 * between cards, as Up and Down move between the table's rows.
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

  /** Brings card `index` into view (it is drawn once the scroll is measured) and focuses it. */
  function focusCard(index: number) {
    const drama = dramas[index];
    const element = body.current;
    if (!drama || !element) return;
    const top = element.getBoundingClientRect().top + window.scrollY + Math.floor(index / columns) * rowHeight;
    const headerRoom = 7 * 16;
    if (top < window.scrollY + headerRoom) window.scrollTo({ top: top - headerRoom });
    else if (top + rowHeight > window.scrollY + window.innerHeight) window.scrollTo({ top: top + rowHeight - window.innerHeight });
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(cardLinkId(drama))?.focus()));
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const step = STEPS[event.key];
    const link = (event.target as HTMLElement).closest('a[data-index]');
    if (!step || !link) return;
    event.preventDefault();
    focusCard(Number(link.getAttribute('data-index')) + step(columns));
  }

  return (
    <ul className="poster-grid" ref={body} aria-label="Dramas in your journal" style={{ height: rows * rowHeight }} onKeyDown={onKeyDown}>
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
      <a className="poster-card__link" id={cardLinkId(drama)} data-index={index} href={hrefOf({ name: 'drama', id: drama.id })}>
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
