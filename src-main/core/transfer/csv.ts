import { invalidInput } from '../common/errors';

/** One CSV record and the file line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses CSV as RFC 4180 writes it: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`). Also accepts
 * what real exports add: a UTF-8 byte-order mark, LF or CR line ends as well as
 * CRLF, a missing final line end. Empty lines are not records.
 *
 * A malformed file is refused with the line and what is wrong there, never
 * guessed at: a quote inside an unquoted field, text after a closing quote,
 * a quoted field that never ends.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  /** The current field was quoted: `""` is an empty field, and a line holding only it is a record. */
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = source.length;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !quoted;
    endField();
    quoted = false;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };
  /** Consumes a line end at `i` (CRLF, LF or CR); answers whether there was one. */
  const lineEnd = (): boolean => {
    const c = source[i];
    if (c === '\r') {
      i += source[i + 1] === '\n' ? 2 : 1;
    } else if (c === '\n') {
      i += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };

  while (i < n) {
    const c = source[i];
    if (c === '"' && field === '' && !quoted) {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= n) throw invalidInput(`line ${quoteLine}: a quoted field starts here and never ends (a closing " is missing)`, { line: quoteLine });
        const q = source[i];
        if (q === '"') {
          if (source[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\r' || q === '\n') {
          field += q === '\r' && source[i + 1] === '\n' ? '\r\n' : q;
          lineEnd();
          continue;
        }
        field += q;
        i++;
      }
      if (i < n && source[i] !== ',' && source[i] !== '\r' && source[i] !== '\n') {
        throw invalidInput(`line ${line}: unexpected text after a closing quote (a quote inside a quoted field is written "")`, { line });
      }
      quoted = true;
      continue;
    }
    if (c === '"') {
      throw invalidInput(`line ${line}: a quote inside an unquoted field (a field holding " must be in quotes, with " written "")`, { line });
    }
    if (c === ',') {
      endField();
      quoted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      lineEnd();
      endRecord();
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || quoted || fields.length) endRecord();
  return records;
}
