import { useId } from 'react';

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
}

const PITCH = 34;
const BAR = 24;
const HEIGHT = 150;
const TOP = 18;
const LABEL_ROW = 14;

/**
 * A column chart in plain SVG. The picture is one image whose name lists every
 * number; the same numbers are in a table under "Show the numbers", so nothing
 * the chart says is only in its shapes. Wide charts scroll sideways.
 */
export function ColumnChart({ title, columns, describe }: ColumnChartProps) {
  const titleId = useId();
  const max = Math.max(1, ...columns.map((c) => c.value));
  const width = Math.max(columns.length * PITCH, PITCH);
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
          <div className="chart__scroll" tabIndex={0} role="group" aria-label={`${title}, chart`}>
            <svg className="chart__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
              <line className="chart__axis" x1={0} x2={width} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
              {columns.map((column, index) => {
                const h = Math.round((column.value / max) * plot);
                const x = index * PITCH + (PITCH - BAR) / 2;
                const y = HEIGHT - h;
                return (
                  <g key={`${column.name}-${index}`}>
                    {column.value > 0 && <rect className="chart__bar" x={x} y={y} width={BAR} height={h} rx={3} />}
                    {column.value > 0 && (
                      <text className="chart__value" x={x + BAR / 2} y={y - 4} textAnchor="middle">
                        {column.value}
                      </text>
                    )}
                    <text className="chart__label" x={x + BAR / 2} y={HEIGHT + LABEL_ROW} textAnchor="middle">
                      {column.label}
                    </text>
                    {column.subLabel && (
                      <text className="chart__label chart__label--sub" x={x + BAR / 2} y={HEIGHT + 2 * LABEL_ROW} textAnchor="middle">
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
