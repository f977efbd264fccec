import { displayWidth, padEnd, padStart } from './text-width';

export interface Column<Row> {
  header: string;
  cell(row: Row): string;
  align?: 'left' | 'right';
}

/** A plain-text table, columns two spaces apart and sized to their widest cell. */
export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.cell(row))));
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i]))));
  const render = (line: string[]) =>
    line
      .map((cell, i) => (columns[i].align === 'right' ? padStart(cell, widths[i]) : padEnd(cell, widths[i])))
      .join('  ')
      .trimEnd();
  return [render(columns.map((c) => c.header)), ...cells.map(render)].join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
