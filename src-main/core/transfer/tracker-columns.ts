import { invalidInput } from '../common/errors';
import { MONTH_NAMES } from '../common/house-format/format';
import { isCalendarDate } from '../common/validation/fields';
import type { CsvRecord } from './csv';
import type { TrackerReading } from './tracker-entry';

/** Header names compared without case, spacing, `_`, `-` or `.`: `Episodes_Seen` = `episodes seen`. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Finds a tracker's columns in a CSV header by their accepted names. */
export class Columns<K extends string> {
  private readonly index = new Map<K, number>();

  constructor(
    readonly header: CsvRecord,
    aliases: Record<K, readonly string[]>,
  ) {
    const names = header.fields.map(normalizeHeader);
    for (const [key, accepted] of Object.entries(aliases) as [K, readonly string[]][]) {
      const at = names.findIndex((name) => accepted.includes(name));
      if (at >= 0) this.index.set(key, at);
    }
  }

  has(key: K): boolean {
    return this.index.has(key);
  }

  /** The field, trimmed; empty when the column is absent. */
  get(record: CsvRecord, key: K): string {
    const at = this.index.get(key);
    return at === undefined ? '' : (record.fields[at] ?? '').trim();
  }

  /** The header's own name for a column, for messages. */
  nameOf(key: K): string {
    const at = this.index.get(key);
    return at === undefined ? key : this.header.fields[at].trim();
  }

  requireAll(keys: readonly K[], what: string, display: Record<K, string>): void {
    const missing = keys.filter((k) => !this.has(k));
    if (missing.length) {
      throw invalidInput(
        `line ${this.header.line}: ${what} needs the column${missing.length > 1 ? 's' : ''} ${missing.map((k) => display[k]).join(', ')}; ` +
          `this header has ${this.header.fields.map((f) => f.trim() || '(empty)').join(', ')}`,
        { line: this.header.line },
      );
    }
  }

  /** Every record must have as many fields as the header: a short or long row means a broken file. */
  checkWidth(record: CsvRecord): void {
    const want = this.header.fields.length;
    if (record.fields.length !== want) {
      throw invalidInput(`line ${record.line}: expected ${want} fields as in the header, found ${record.fields.length}`, { line: record.line });
    }
  }
}

/**
 * Reads every record with `read` after checking its width. A string answer is
 * why the line is skipped; anything else is what the line holds.
 */
export function readRecords<K extends string, T>(
  columns: Columns<K>,
  records: CsvRecord[],
  read: (record: CsvRecord) => T | string,
): { read: T[]; skipped: TrackerReading['skipped'] } {
  const result: { read: T[]; skipped: TrackerReading['skipped'] } = { read: [], skipped: [] };
  for (const record of records) {
    columns.checkWidth(record);
    const value = read(record);
    if (typeof value === 'string') result.skipped.push({ line: record.line, reason: value });
    else result.read.push(value);
  }
  return result;
}

/** Trackers name one drama by its title (any letter case) and year. */
export function sameDramaKey(title: string, year: number | null): string {
  return `${title.toLowerCase()}\u0000${year}`;
}

/** A refusal tied to a line of the file. */
export function badLine(line: number, reason: string) {
  return invalidInput(`line ${line}: ${reason}`, { line });
}

/** `YYYY-MM-DD` (or with `/`, or with a time after it), a real date; empty → null. */
export function readDate(value: string, line: number, column: string): string | null {
  if (!value) return null;
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(value);
  const date = match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : '';
  if (!match || !isCalendarDate(date)) throw badLine(line, `${column} "${value}" is not a date written YYYY-MM-DD`);
  return date;
}

/** A year, `YYYY-MM` or `YYYY-MM-DD`: the year and, when given, the month. Empty → null. */
export function readYearMonth(value: string, line: number, column: string): { year: number; month: number | null } | null {
  if (!value) return null;
  const numeric = /^(\d{4})(?:[-/](\d{1,2})(?:[-/]\d{1,2})?)?$/.exec(value);
  // Also `Dec 15, 2023`, `December 2023`, `15 Dec 2023`.
  const written = numeric ? null : /^(?:\d{1,2}\s+)?([a-z]{3,9})\.?\s+(?:\d{1,2},?\s+)?(\d{4})$/i.exec(value);
  const monthName = written ? MONTHS.findIndex((m) => written[1].toLowerCase().startsWith(m)) + 1 : 0;
  const match = numeric ?? (monthName ? written : null);
  const year = numeric ? Number(numeric[1]) : written ? Number(written[2]) : NaN;
  const month = numeric ? (numeric[2] ? Number(numeric[2]) : null) : monthName || null;
  if (!match || year < 1900 || year > 2100 || (month !== null && (month < 1 || month > 12))) {
    throw badLine(line, `${column} "${value}" is not a year from 1900 to 2100`);
  }
  return { year, month };
}

/** `jan` … `dec`: a written month is known by its first three letters. */
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** A number as trackers write it (`8.5`, `8,5`); empty → null. */
export function readNumber(value: string, line: number, what: string): number | null {
  if (!value) return null;
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number)) throw badLine(line, `${what} "${value}" is not a number`);
  return number;
}

export function readWholeNumber(value: string, line: number, what: string, max = 999): number | null {
  const number = readNumber(value, line, what);
  if (number === null) return null;
  if (!Number.isInteger(number) || number < 0 || number > max) {
    throw badLine(line, `${what} "${value}" must be a whole number from 0 to ${max}`);
  }
  return number;
}

/** A list written in one field: `Romance, Comedy` or `Netflix / tvN`. */
export function readList(value: string): string[] {
  // Split on the bare separator and trim: `\s*[,/|;]\s*` would be quadratic in a run of spaces.
  return value
    .split(/[,/|;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
