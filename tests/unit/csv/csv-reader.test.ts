import { describe, expect, it } from 'vitest';
import { CsvReader, MAX_RECORD_CHARS, parseCsv, type CsvProblem, type CsvRecord } from '@/lib/csv';

/** Feeds `text` in pieces of `size` characters. */
function readInChunks(text: string, size: number) {
  const records: CsvRecord[] = [];
  const errors: CsvProblem[] = [];
  const r = new CsvReader((x) => records.push(x), (p) => errors.push(p));
  for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
  r.end();
  return { records, errors };
}

// Quoted fields with commas, doubled quotes and every kind of line break inside them, a BOM,
// CRLF / LF / lone CR between records, a blank line, an empty quoted field and no final newline.
const TRICKY =
  '\uFEFFid,description,section\r\n' +
  'c1,"ASSAULT, ""SIMPLE""",240\r\n' +
  'c2,"two\r\nlines",647(b)\n' +
  'c3,"cr\ronly",484(a)\r' +
  '\r\n' +
  'c4,"",""\n' +
  'c5,"lf\nonly ""q""","a,b"\r\n' +
  'c6,"""",x';

describe('CsvReader: chunks in, records out', () => {
  it('reads the tricky file as expected', () => {
    expect(parseCsv(TRICKY)).toEqual({
      records: [
        { line: 1, fields: ['id', 'description', 'section'] },
        { line: 2, fields: ['c1', 'ASSAULT, "SIMPLE"', '240'] },
        { line: 3, fields: ['c2', 'two\nlines', '647(b)'] },
        { line: 5, fields: ['c3', 'cr\nonly', '484(a)'] },
        { line: 8, fields: ['c4', '', ''] },
        { line: 9, fields: ['c5', 'lf\nonly "q"', 'a,b'] },
        { line: 11, fields: ['c6', '"', 'x'] },
      ],
      errors: [],
    });
  });

  it('gives the same records and problems for every chunk size, 1 character to the whole file', () => {
    const bad = `${TRICKY}\n"x"y,z\r\nlast,"never closed\r\nmore`;
    for (const text of [TRICKY, bad]) {
      const whole = parseCsv(text);
      for (let size = 1; size <= text.length; size++) expect(readInChunks(text, size), `chunk size ${size}`).toEqual(whole);
    }
    expect(parseCsv(bad).errors).toEqual([
      { line: 12, message: 'text after a closing quote (put the whole field in quotes, and double any " inside it)' },
      { line: 13, message: 'a quoted field is never closed (missing ")' },
    ]);
  });

  it('keeps the LF of a CRLF split between two chunks with its CR (one line end, inside or outside quotes)', () => {
    const chunks = ['a,"x\r', '\ny"\r', '\nb,c'];
    const records: CsvRecord[] = [];
    const r = new CsvReader((x) => records.push(x), () => {});
    chunks.forEach((c) => r.push(c));
    r.end();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'x\ny'] },
      { line: 3, fields: ['b', 'c'] },
    ]);
  });

  it('does not keep a row past MAX_RECORD_CHARS (a quote left open swallowing the file): reported once, memory bounded', () => {
    const rest = 'r,x\n'.repeat(MAX_RECORD_CHARS / 2);
    const { records, errors } = readInChunks(`a,b\n1,"open\n${rest}`, 64 * 1024);
    expect(records).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(errors).toEqual([
      { line: 2, message: 'a row longer than 1,048,576 characters (is a closing quote missing?); not read' },
      { line: 2, message: 'a quoted field is never closed (missing ")' },
    ]);
    // A line of commas counts too: each field is at least one character.
    expect(parseCsv(`${','.repeat(MAX_RECORD_CHARS + 1)}\nok\n`)).toEqual({
      records: [{ line: 2, fields: ['ok'] }],
      errors: [{ line: 1, message: 'a row longer than 1,048,576 characters (is a closing quote missing?); not read' }],
    });
  });
});
