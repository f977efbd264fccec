import { useId } from 'react';

export interface Bar {
  name: string;
  /** From 0 to 1: how long the bar is. */
  share: number;
  /** What the row says in words, e.g. `B+ · 3.30 over 4 graded`. */
  text: string;
  lang?: string;
}

/**
 * A horizontal bar chart that is a table: each row names something, draws its
 * bar and says its number in words, so the chart reads the same without the bars.
 */
export function BarTable({ title, rows, valueHeading, empty = 'Nothing to show yet.' }: { title: string; rows: readonly Bar[]; valueHeading: string; empty?: string }) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="bar-table">
          <caption className="visually-hidden">{title}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row" className="bar-table__name" lang={row.lang}>
                  {row.name}
                </th>
                <td className="bar-table__cell">
                  <span className="bar-table__track" aria-hidden="true">
                    <span className="bar-table__bar" style={{ width: `${Math.round(Math.max(0, Math.min(1, row.share)) * 100)}%` }} />
                  </span>
                  <span className="bar-table__text">{row.text}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
