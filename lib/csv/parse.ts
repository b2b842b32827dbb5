/**
 * RFC 4180 CSV reader: quoted fields with "" escapes and line breaks inside quotes, CRLF / LF / CR
 * line ends, a UTF-8 byte-order mark. Incremental: text goes in as chunks cut anywhere (inside a
 * quoted field, between a "" pair, between CR and LF) and records come out as soon as they end,
 * so a large file is never whole in memory. `parseCsv` is the same reader fed one chunk.
 * Never throws: problems come back with their line number.
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
 * The longest record kept, in characters (each field counts at least one, so a line of commas
 * counts too). An events row is a few hundred characters; a record this long is a quote left
 * open swallowing the rest of the file, and keeping it would let one bad file fill memory.
 */
export const MAX_RECORD_CHARS = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Where the reader is: at a field's start, in an unquoted field, in a quoted one, just after a `"` inside quotes, or after a closing quote. */
type State = 'start' | 'plain' | 'quoted' | 'quote-in-quoted' | 'closed';

export const TEXT_AFTER_QUOTE = 'text after a closing quote (put the whole field in quotes, and double any " inside it)';
export const NEVER_CLOSED = 'a quoted field is never closed (missing ")';

/**
 * @example
 * const r = new CsvReader((rec) => rows.push(rec), (p) => problems.push(p));
 * r.push('a,"x\r'); r.push('\ny"\n'); r.end(); // rows: [{ line: 1, fields: ['a', 'x\ny'] }]
 */
export class CsvReader {
  private state: State = 'start';
  private fields: string[] = [];
  private field = '';
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** Characters of the current record so far, against MAX_RECORD_CHARS. */
  private size = 0;
  private overflow = false;
  /** A CR ended the last chunk (or the last character): an LF right after it belongs to it. */
  private afterCr = false;
  private first = true;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onProblem: (problem: CsvProblem) => void,
  ) {}

  /** Reads the next piece of text. Records completed by it are passed to `onRecord` before it returns. */
  push(chunk: string): void {
    let s = chunk;
    if (this.first && s.length > 0) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const n = s.length;
    let i = 0;
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      switch (this.state) {
        case 'start':
        case 'plain': {
          const c = s.charCodeAt(i);
          if (c === QUOTE && this.state === 'start') {
            this.state = 'quoted';
            this.quoteLine = this.line;
            i++;
            break;
          }
          // Up to the next comma or line end (a quote here is plain text: the field has begun).
          let j = i;
          while (j < n) {
            const d = s.charCodeAt(j);
            if (d === COMMA || d === CR || d === LF) break;
            j++;
          }
          if (j > i) {
            this.append(s, i, j);
            this.state = 'plain';
            i = j;
          } else i = this.delimiter(s, i);
          break;
        }
        case 'quoted': {
          let j = i;
          while (j < n) {
            const d = s.charCodeAt(j);
            if (d === QUOTE || d === CR || d === LF) break;
            j++;
          }
          if (j > i) this.append(s, i, j);
          if (j === n) return;
          const d = s.charCodeAt(j);
          if (d === QUOTE) {
            this.state = 'quote-in-quoted';
            i = j + 1;
          } else {
            // A line break inside quotes is kept as one \n, whichever the file used.
            this.append('\n', 0, 1);
            this.line++;
            i = j + 1;
            if (d === CR) {
              if (i === n) this.afterCr = true;
              else if (s.charCodeAt(i) === LF) i++;
            }
          }
          break;
        }
        case 'quote-in-quoted': {
          if (s.charCodeAt(i) === QUOTE) {
            // "" inside quotes is one literal quote.
            this.append('"', 0, 1);
            this.state = 'quoted';
            i++;
          } else this.state = 'closed';
          break;
        }
        case 'closed': {
          const c = s.charCodeAt(i);
          if (c === COMMA || c === CR || c === LF) {
            i = this.delimiter(s, i);
            break;
          }
          // Text between the closing quote and the next comma is kept, but reported.
          this.onProblem({ line: this.line, message: TEXT_AFTER_QUOTE });
          this.state = 'plain';
          break;
        }
      }
    }
  }

  /** No more text: ends the last record, and reports a quote left open. */
  end(): void {
    this.afterCr = false;
    if (this.state === 'quoted') this.onProblem({ line: this.quoteLine, message: NEVER_CLOSED });
    const quoted = this.state === 'quoted' || this.state === 'quote-in-quoted' || this.state === 'closed';
    if (this.field !== '' || this.fields.length > 0 || quoted) this.endRecord();
    this.state = 'start';
  }

  /** A comma, CR or LF at `i` (outside quotes): ends the field or the record; returns the next index. */
  private delimiter(s: string, i: number): number {
    const c = s.charCodeAt(i);
    if (c === COMMA) {
      this.endField();
      return i + 1;
    }
    this.endRecord();
    this.line++;
    this.recordLine = this.line;
    if (c === CR) {
      if (i + 1 === s.length) this.afterCr = true;
      else if (s.charCodeAt(i + 1) === LF) return i + 2;
    }
    return i + 1;
  }

  private append(s: string, from: number, to: number): void {
    if (this.overflow) return;
    this.size += to - from;
    if (this.size > MAX_RECORD_CHARS) return this.overflowed();
    this.field += from === 0 && to === s.length ? s : s.slice(from, to);
  }

  private overflowed(): void {
    this.overflow = true;
    this.field = '';
    this.fields = [];
    this.onProblem({ line: this.recordLine, message: `a row longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (is a closing quote missing?); not read` });
  }

  private endField(): void {
    if (!this.overflow) {
      this.fields.push(this.field);
      if (++this.size > MAX_RECORD_CHARS) this.overflowed();
    }
    this.field = '';
    this.state = 'start';
  }

  private endRecord(): void {
    this.endField();
    const fields = this.fields;
    // A blank line (one empty field) is skipped; an overflowed record was reported instead.
    if (!this.overflow && !(fields.length === 1 && fields[0] === '')) this.onRecord({ line: this.recordLine, fields });
    this.fields = [];
    this.size = 0;
    this.overflow = false;
  }
}

/**
 * Splits CSV text into records. Blank lines are skipped.
 * @example parseCsv('a,b\r\n"x, y",2').records // [{ line: 1, fields: ['a','b'] }, { line: 2, fields: ['x, y','2'] }]
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const errors: CsvProblem[] = [];
  const reader = new CsvReader((r) => records.push(r), (p) => errors.push(p));
  reader.push(text);
  reader.end();
  return { records, errors };
}
