import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface RowWindow {
  /** The first row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

/** Rows drawn above and below the ones in view, so scrolling and Tab find them ready. */
const OVERSCAN = 8;

/**
 * Which rows of a long list are in view, for a list that scrolls with the page:
 * `body` is the element holding every row's place (row count × row height tall).
 * Only those rows (and a few around them) are drawn, so 10,000 dramas cost what 30 do.
 */
export function useWindowRows(body: RefObject<HTMLElement | null>, count: number, rowHeight: number): RowWindow {
  const measure = useCallback((): RowWindow => {
    const element = body.current;
    const viewport = window.innerHeight || 800;
    if (!element) return { start: 0, end: Math.min(count, Math.ceil(viewport / rowHeight) + OVERSCAN) };
    const top = element.getBoundingClientRect().top;
    const first = Math.floor(Math.max(0, -top) / rowHeight);
    const last = Math.ceil(Math.max(0, viewport - top) / rowHeight);
    return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, Math.max(first, last) + OVERSCAN) };
  }, [body, count, rowHeight]);

  const [range, setRange] = useState<RowWindow>(() => ({ start: 0, end: Math.min(count, Math.ceil((window.innerHeight || 800) / rowHeight) + OVERSCAN) }));

  useLayoutEffect(() => {
    const next = measure();
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, [measure]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      // Drawn before this frame is painted, so rows scrolled into view never show up blank.
      frame = requestAnimationFrame(() => {
        const next = measure();
        flushSync(() => setRange((current) => (current.start === next.start && current.end === next.end ? current : next)));
      });
    };
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [measure]);

  return range;
}
