/**
 * Events CSV (DESIGN.md § 6): a header row, columns in any order, unknown columns ignored:
 * id, date, code, section, description, level, disposition, county, court, case_number, event.
 * Returns every row it could read plus per-line errors, so the panel can preview an import
 * before anything is saved. Pure: no storage, no clock.
 */
import { CaseEvent, isIsoDate, type EventKind, type OffenseLevel } from '@/lib/model';
import { CsvReader, type CsvProblem, type CsvRecord } from './parse';

export const EVENT_CSV_COLUMNS = ['id', 'date', 'code', 'section', 'description', 'level', 'disposition', 'county', 'court', 'case_number', 'event'] as const;
/** Optional extras this reader also understands (beyond DESIGN § 6); other columns are ignored. */
export const EVENT_CSV_EXTRA_COLUMNS = ['sentence', 'attempted', 'enhancements', 'jurisdiction'] as const;
export type EventCsvColumn = (typeof EVENT_CSV_COLUMNS)[number] | (typeof EVENT_CSV_EXTRA_COLUMNS)[number];

export interface EventsCsvRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  /** The row's `id` cell as written, or null when the file has no id column. */
  ref: string | null;
  event: CaseEvent;
}

export interface EventsCsvResult {
  rows: EventsCsvRow[];
  errors: CsvProblem[];
  /** Recognised columns, in file order. */
  columns: EventCsvColumn[];
  /** Header cells that were ignored. */
  ignored: string[];
}

const ALIASES: Record<string, EventCsvColumn> = {
  id: 'id', ref: 'id', date: 'date', code: 'code', section: 'section', description: 'description', level: 'level',
  disposition: 'disposition', dispo: 'disposition', county: 'county', court: 'court', case_number: 'case_number',
  casenumber: 'case_number', case_no: 'case_number', case: 'case_number', docket: 'case_number', event: 'event', kind: 'event',
  sentence: 'sentence', attempted: 'attempted', attempt: 'attempted', enhancements: 'enhancements', enhancement: 'enhancements',
  jurisdiction: 'jurisdiction',
};

const YES_NO: Record<string, boolean> = { '': false, true: true, yes: true, y: true, '1': true, x: true, false: false, no: false, n: false, '0': false };
const JURISDICTIONS: Record<string, '' | 'california' | 'federal' | 'other-state'> = {
  '': '', california: 'california', ca: 'california', state: 'california', federal: 'federal', fed: 'federal', us: 'federal',
  'other-state': 'other-state', other_state: 'other-state', 'other state': 'other-state', 'out-of-state': 'other-state', 'out of state': 'other-state',
};

const LEVELS: Record<string, OffenseLevel> = { '': '', f: 'F', felony: 'F', m: 'M', misdemeanor: 'M', misd: 'M', i: 'I', infraction: 'I', inf: 'I' };
const KINDS: Record<string, EventKind> = {
  arrest: 'arrest', arr: 'arrest', conviction: 'conviction', conv: 'conviction', convicted: 'conviction',
  adjudication: 'adjudication', adj: 'adjudication', juvenile: 'adjudication', juvenile_adjudication: 'adjudication',
};

const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Accepts YYYY-MM-DD, YYYYMMDD (RAP style) and M/D/YYYY; '' stays ''. */
export function csvDate(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return '';
  let iso = s;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const NO_CONVICTION = /NOT GUILTY|ACQUIT|DISMISS|\bREJ|RELEASED|DETENTION ONLY|NO CHARGES|NOT FILED|DECLINED/i;
const CONVICTED = /CONVICT|\bCONV\b|GUILTY|SENTENCED/i;

/** The event kind when the file has no `event` value: a CSV of convictions unless the disposition says otherwise. */
function inferKind(disposition: string): EventKind {
  if (/NOT GUILTY|ACQUIT/i.test(disposition)) return 'arrest';
  if (CONVICTED.test(disposition)) return 'conviction';
  if (NO_CONVICTION.test(disposition)) return 'arrest';
  return 'conviction';
}

/** The header row read: where each recognised column is. */
interface Header {
  index: Map<EventCsvColumn, number>;
}

/** Where a problem came from: the CSV syntax, or a row's values. Problems are listed in that order, then by line. */
export type EventsCsvProblemSource = 'csv' | 'row';

/**
 * Reads an events CSV piece by piece: text chunks in, rows and problems out as each row ends, so
 * a file of any length is never held whole (the CLI streams a clinic's intake list through it).
 * A header without a section column, or no header at all, is `headerProblem` after `end()`; the
 * rows and other problems of such a file are not reported.
 * @example
 * const r = new EventsCsvReader((row) => rows.push(row), (p) => problems.push(p));
 * for (const chunk of chunks) r.push(chunk);
 * r.end();
 */
export class EventsCsvReader {
  /** Recognised columns, in file order. */
  readonly columns: EventCsvColumn[] = [];
  /** Header cells that were ignored. */
  readonly ignored: string[] = [];
  headerProblem: CsvProblem | null = null;
  private header: Header | null = null;
  private readonly seenIds = new Map<string, number>();
  private readonly csv: CsvReader;

  /**
   * @param options.checkIds false skips the "id used again" check, and the map of every id it needs
   *   (tens of MB over a large file): for a second read of a file whose ids were already checked.
   */
  constructor(
    private readonly onRow: (row: EventsCsvRow) => void,
    private readonly onProblem: (problem: CsvProblem, source: EventsCsvProblemSource) => void,
    private readonly options: { checkIds?: boolean } = {},
  ) {
    this.csv = new CsvReader(
      (rec) => this.record(rec),
      (p) => this.onProblem(p, 'csv'),
    );
  }

  push(text: string): void {
    this.csv.push(text);
  }

  end(): void {
    this.csv.end();
    if (!this.header && !this.headerProblem) this.headerProblem = { line: 1, message: 'the file is empty (expected a header row)' };
  }

  private record(rec: CsvRecord): void {
    if (this.headerProblem) return;
    if (!this.header) return this.readHeader(rec);
    const row = this.readRow(rec, this.header);
    if (row) this.onRow(row);
  }

  private readHeader(rec: CsvRecord): void {
    const index = new Map<EventCsvColumn, number>();
    rec.fields.forEach((h, i) => {
      const col = ALIASES[headerKey(h)];
      if (col && !index.has(col)) {
        index.set(col, i);
        this.columns.push(col);
      } else if (h.trim() !== '') this.ignored.push(h.trim());
    });
    if (!index.has('section')) {
      this.headerProblem = { line: rec.line, message: `no "section" column in the header (columns: ${EVENT_CSV_COLUMNS.join(', ')})` };
    } else this.header = { index };
  }

  /** One data row: the row, or null after reporting its problems (or for a row of empty cells). */
  private readRow(rec: CsvRecord, { index }: Header): EventsCsvRow | null {
    const cell = (c: EventCsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : (rec.fields[i] ?? '').trim();
    };
    if (rec.fields.every((f) => f.trim() === '')) return null;
    const problems: string[] = [];
    const date = csvDate(cell('date'));
    if (date === null) problems.push(`date "${cell('date')}" is not a date (write YYYY-MM-DD)`);
    const level = LEVELS[cell('level').toLowerCase()];
    if (level === undefined) problems.push(`level "${cell('level')}" must be F, M or I (or empty)`);
    const kindCell = cell('event').toLowerCase().replace(/[\s-]+/g, '_');
    const kind: EventKind | undefined = kindCell === '' ? inferKind(cell('disposition')) : KINDS[kindCell];
    if (kind === undefined) problems.push(`event "${cell('event')}" must be arrest, conviction or adjudication`);
    const attempted = YES_NO[cell('attempted').toLowerCase()];
    if (attempted === undefined) problems.push(`attempted "${cell('attempted')}" must be yes or no (or empty)`);
    const jurisdiction = JURISDICTIONS[cell('jurisdiction').toLowerCase()];
    if (jurisdiction === undefined) problems.push(`jurisdiction "${cell('jurisdiction')}" must be california, federal or other-state (or empty)`);
    const enhancements = cell('enhancements').split(/[;|]/).map((x) => x.trim()).filter(Boolean);
    const idCell = cell('id');
    const id = idCell || `line-${rec.line}`;
    // Keyed by a fresh string: the id is a substring of the chunk it was read from, and a kept
    // substring keeps that whole chunk alive (V8 slices), which over a streamed file is the file.
    if (this.options.checkIds !== false) {
      const key = JSON.stringify(id);
      const first = this.seenIds.get(key);
      if (first !== undefined) problems.push(`id "${id}" is used again (first on line ${first})`);
      else this.seenIds.set(key, rec.line);
    }
    if (problems.length > 0) {
      for (const message of problems) this.onProblem({ line: rec.line, message }, 'row');
      return null;
    }
    const parsed = CaseEvent.safeParse({
      id,
      kind: kind!,
      date: date!,
      code: cell('code'),
      section: cell('section'),
      description: cell('description'),
      level: level!,
      disposition: cell('disposition'),
      county: cell('county'),
      court: cell('court'),
      caseNumber: cell('case_number'),
      sentence: cell('sentence'),
      attempted: attempted!,
      enhancements,
      jurisdiction: jurisdiction!,
      source: 'csv',
    });
    if (!parsed.success) {
      this.onProblem({ line: rec.line, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, 'row');
      return null;
    }
    return { line: rec.line, ref: index.has('id') ? idCell : null, event: parsed.data };
  }
}

/**
 * The whole text at once (the panel's preview): every row it could read, and every problem,
 * CSV syntax first, then by line.
 * @example parseEventsCsv('id,date,code,section,level\nc1,2013-05-02,PC,647(b),M\n').rows[0].event.section // '647(b)'
 */
export function parseEventsCsv(text: string): EventsCsvResult {
  const rows: EventsCsvRow[] = [];
  const csvErrors: CsvProblem[] = [];
  const rowErrors: CsvProblem[] = [];
  const reader = new EventsCsvReader(
    (row) => rows.push(row),
    (p, source) => (source === 'csv' ? csvErrors : rowErrors).push(p),
  );
  reader.push(text);
  reader.end();
  const { columns, ignored, headerProblem } = reader;
  if (headerProblem) return { rows: [], errors: [headerProblem], columns, ignored };
  const errors = [...csvErrors, ...rowErrors].sort((a, b) => a.line - b.line);
  return { rows, errors, columns, ignored };
}
