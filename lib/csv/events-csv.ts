/**
 * Events CSV (DESIGN.md § 6): a header row, columns in any order, unknown columns ignored:
 * id, date, code, section, description, level, disposition, county, court, case_number, event.
 * Returns every row it could read plus per-line errors, so the panel can preview an import
 * before anything is saved. Pure: no storage, no clock.
 */
import { CaseEvent, isIsoDate, type EventKind, type OffenseLevel } from '@/lib/model';
import { parseCsv, type CsvProblem } from './parse';

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

/**
 * @example parseEventsCsv('id,date,code,section,level\nc1,2013-05-02,PC,647(b),M\n').rows[0].event.section // '647(b)'
 */
export function parseEventsCsv(text: string): EventsCsvResult {
  const { records, errors: csvErrors } = parseCsv(text);
  const errors: CsvProblem[] = [...csvErrors];
  const header = records[0];
  if (!header) return { rows: [], errors: [{ line: 1, message: 'the file is empty (expected a header row)' }], columns: [], ignored: [] };
  const columns: EventCsvColumn[] = [];
  const ignored: string[] = [];
  const index = new Map<EventCsvColumn, number>();
  header.fields.forEach((h, i) => {
    const col = ALIASES[headerKey(h)];
    if (col && !index.has(col)) {
      index.set(col, i);
      columns.push(col);
    } else if (h.trim() !== '') ignored.push(h.trim());
  });
  if (!index.has('section')) {
    return { rows: [], errors: [{ line: header.line, message: `no "section" column in the header (columns: ${EVENT_CSV_COLUMNS.join(', ')})` }], columns, ignored };
  }
  const rows: EventsCsvRow[] = [];
  const seenIds = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const cell = (c: EventCsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : (rec.fields[i] ?? '').trim();
    };
    if (rec.fields.every((f) => f.trim() === '')) continue;
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
    const first = seenIds.get(id);
    if (first !== undefined) problems.push(`id "${id}" is used again (first on line ${first})`);
    else seenIds.set(id, rec.line);
    if (problems.length > 0) {
      for (const message of problems) errors.push({ line: rec.line, message });
      continue;
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
      errors.push({ line: rec.line, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    rows.push({ line: rec.line, ref: index.has('id') ? idCell : null, event: parsed.data });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, columns, ignored };
}
