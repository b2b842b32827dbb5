import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';

describe('parseCsv', () => {
  it('reads plain rows with line numbers', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({ records: [{ line: 1, fields: ['a', 'b', 'c'] }, { line: 2, fields: ['1', '2', '3'] }], errors: [] });
  });
  it('handles CRLF, CR, a BOM and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r3,4').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });
  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    const r = parseCsv('id,description\nc1,"ASSAULT, ""SIMPLE"""\nc2,"two\r\nlines"\nc3,x\n');
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { line: 1, fields: ['id', 'description'] },
      { line: 2, fields: ['c1', 'ASSAULT, "SIMPLE"'] },
      { line: 3, fields: ['c2', 'two\nlines'] },
      { line: 5, fields: ['c3', 'x'] },
    ]);
  });
  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,,c\n\n,,\n').records).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });
  it('reports an unclosed quote with the line it started on', () => {
    expect(parseCsv('a,b\n1,"never closed\n2,3\n').errors).toEqual([{ line: 2, message: 'a quoted field is never closed (missing ")' }]);
  });
  it('reports text after a closing quote', () => {
    expect(parseCsv('a\n"x"y\n').errors).toEqual([{ line: 2, message: 'text after a closing quote (put the whole field in quotes, and double any " inside it)' }]);
  });
});
