import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src-main/core/transfer/csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('reading CSV (RFC 4180)', () => {
  test('plain fields, separated by commas, one record per line', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  test('quoted fields hold commas, doubled quotes and line breaks', () => {
    expect(fields('name,note\n"Kim, Jin","she said ""hi"""\n"two\nlines",x\n')).toEqual([
      ['name', 'note'],
      ['Kim, Jin', 'she said "hi"'],
      ['two\nlines', 'x'],
    ]);
  });

  test('each record knows the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"a\nb\nc",1\nnext,2\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  test('a byte-order mark, CRLF or lone CR line ends, and no final line end are all fine', () => {
    expect(fields('\uFEFFa,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,"x\r\ny"')).toEqual([['a', 'x\r\ny']]);
  });

  test('empty lines are not records, but empty fields are kept', () => {
    expect(fields('a,b\n\n1,\n\n,2\n""\n')).toEqual([['a', 'b'], ['1', ''], ['', '2'], ['']]);
    expect(parseCsv('a\n\n\nb').map((r) => r.line)).toEqual([1, 4]);
    expect(fields('')).toEqual([]);
  });

  test('Hangul and other text passes through unchanged', () => {
    expect(fields('제목,메모\n사운드트랙 #2,"<전쟁> & “quotes”"')).toEqual([
      ['제목', '메모'],
      ['사운드트랙 #2', '<전쟁> & “quotes”'],
    ]);
  });

  test('malformed CSV is refused with the line and the reason', () => {
    expect(() => parseCsv('a,b\n1,"never closed\n2,3\n')).toThrow('line 2: a quoted field starts here and never ends (a closing " is missing)');
    expect(() => parseCsv('a,b\n1,2\n3,say "hi"\n')).toThrow('line 3: a quote inside an unquoted field');
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow('line 2: unexpected text after a closing quote');
    expect(() => parseCsv('a\n"multi\nline"oops\n')).toThrow('line 3: unexpected text after a closing quote');
  });
});
