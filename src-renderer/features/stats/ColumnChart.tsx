import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Column {
  /** Under the column, e.g. `2024`, `Mar`, `B+`. */
  label: string;
  /** A second line under the label, e.g. the year under a month's initial. */
  subLabel?: string;
  /** The column in words for the numbers, e.g. `March 2024`. */
  name: string;
  value: number;
}

interface ColumnChartProps {
  title: string;
  columns: readonly Column[];
  /** How a value reads, e.g. `3 dramas`. */
  describe(value: number): string;
  /** Columns in time order: a chart wider than its card opens scrolled to the latest. */
  latestLast?: boolean;
}

/** The narrowest a column gets; wider cards share their width out among the columns. */
const PITCH = 30;
const BAR_SHARE = 0.7;
const MAX_BAR = 56;
const HEIGHT = 150;
const TOP = 18;
const LABEL_ROW = 14;

/**
 * A column chart in plain SVG. The picture is one image whose name lists every
 * number; the same numbers are in a table under "Show the numbers", so nothing
 * the chart says is only in its shapes. Wide charts scroll sideways.
 */
export function ColumnChart({ title, columns, describe, latestLast = false }: ColumnChartProps) {
  const titleId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const room = useRoomOf(scroller);
  const max = Math.max(1, ...columns.map((c) => c.value));
  // Few columns spread over the card; many keep their least width and the chart scrolls.
  const pitch = Math.max(PITCH, columns.length > 0 ? Math.floor(room / columns.length) : PITCH);
  const bar = Math.min(MAX_BAR, Math.round(pitch * BAR_SHARE));
  const width = Math.max(columns.length * pitch, pitch);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (latestLast && element) element.scrollLeft = element.scrollWidth;
  }, [latestLast, columns.length, width]);
  const bottom = 8 + LABEL_ROW * (columns.some((c) => c.subLabel) ? 2 : 1);
  const height = HEIGHT + bottom;
  const plot = HEIGHT - TOP;
  const summary = columns.map((c) => `${c.name}: ${describe(c.value)}`).join('; ');
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {columns.length === 0 ? (
        <p className="muted">Nothing to show yet.</p>
      ) : (
        <>
          {/* Focusable: a chart wider than its box scrolls sideways, and keyboards must reach that too. */}
          <div className="chart__scroll" ref={scroller} tabIndex={0} role="group" aria-label={`${title}, chart`}>
            <svg className="chart__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
              <line className="chart__axis" x1={0} x2={width} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
              {columns.map((column, index) => {
                const h = Math.round((column.value / max) * plot);
                const x = index * pitch + (pitch - bar) / 2;
                const y = HEIGHT - h;
                return (
                  <g key={`${column.name}-${index}`}>
                    {column.value > 0 && <rect className="chart__bar" x={x} y={y} width={bar} height={h} rx={3} />}
                    {column.value > 0 && (
                      <text className="chart__value" x={x + bar / 2} y={y - 4} textAnchor="middle">
                        {column.value}
                      </text>
                    )}
                    <text className="chart__label" x={x + bar / 2} y={HEIGHT + LABEL_ROW} textAnchor="middle">
                      {column.label}
                    </text>
                    {column.subLabel && (
                      <text className="chart__label chart__label--sub" x={x + bar / 2} y={HEIGHT + 2 * LABEL_ROW} textAnchor="middle">
                        {column.subLabel}
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
          </div>
          <details className="chart__numbers">
            <summary>Show the numbers</summary>
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <tbody>
                {columns.map((column, index) => (
                  <tr key={`${column.name}-${index}`}>
                    <th scope="row">{column.name}</th>
                    <td className="data-table__number">{describe(column.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}

/** The width of the chart's box, followed as the window resizes. */
function useRoomOf(ref: RefObject<HTMLElement | null>): number {
  const [room, setRoom] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setRoom(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return room;
}
