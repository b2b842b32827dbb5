/**
 * RFC 4180 CSV reader: quoted fields with "" escapes and line breaks inside quotes, CRLF / LF / CR
 * line ends, a UTF-8 byte-order mark. Never throws: problems come back with their line number.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvProblem[];
}

/**
 * Splits CSV text into records. Blank lines are skipped.
 * @example parseCsv('a,b\r\n"x, y",2').records // [{ line: 1, fields: ['a','b'] }, { line: 2, fields: ['x, y','2'] }]
 */
export function parseCsv(text: string): CsvParseResult {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedField = false;
  const n = s.length;

  const endField = () => {
    fields.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < n) {
    const c = s[i]!;
    if (c === '"' && field === '' && !quotedField) {
      // Quoted field: read to the closing quote.
      const start = line;
      i++;
      let closed = false;
      while (i < n) {
        const d = s[i]!;
        if (d === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (d === '\r' || d === '\n') {
          line++;
          if (d === '\r' && s[i + 1] === '\n') {
            field += '\n';
            i += 2;
            continue;
          }
          field += '\n';
          i++;
          continue;
        }
        field += d;
        i++;
      }
      quotedField = true;
      if (!closed) {
        errors.push({ line: start, message: 'a quoted field is never closed (missing ")' });
        break;
      }
      // Text between the closing quote and the next comma is kept, but reported.
      if (i < n && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        errors.push({ line, message: 'text after a closing quote (put the whole field in quotes, and double any " inside it)' });
      }
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return { records, errors };
}
