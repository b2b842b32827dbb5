/**
 * Reads the FILE of `vacatur screen`: a case JSON, an events CSV, or a RAP sheet (.txt or text
 * PDF), chosen by extension and, failing that, by content. Bad input throws BadInput with one
 * line naming the line (or JSON path) and the problem.
 */
import { parseEventsCsv, type CsvProblem } from '../csv';
import type { ImportKind } from '../import/limits';
import { importText } from '../import/read-file';
import { parseCaseFileText, type CaseEvent, type TraffickingPeriod } from '../model';
import { BadInput } from './io';

export interface LoadedEvents {
  kind: 'case' | 'csv' | 'rapsheet';
  events: CaseEvent[];
  /** Per event: the CSV `id` cell (echoed as `ref`), or null. */
  refs: (string | null)[];
  /** Periods from a case file; CSV and RAP sheets carry none. */
  periods: TraffickingPeriod[];
  ipvOrSexualViolence: boolean;
  clientDob: string;
  warnings: string[];
}

type FileKind = LoadedEvents['kind'];

/** Picks the reader: extension first, then a look at the first bytes. */
export function detectKind(bytes: Uint8Array, fileName: string): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'case';
  if (ext === 'csv') return 'csv';
  if (ext === 'txt' || ext === 'pdf') return 'rapsheet';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'case';
  if (head.startsWith('%PDF')) return 'rapsheet';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',') && /(^|,)\s*"?section"?\s*(,|$)/i.test(firstLine)) return 'csv';
  return 'rapsheet';
}

const IMPORT_KIND: Record<FileKind, ImportKind> = { case: 'case-json', csv: 'events-csv', rapsheet: 'rap-sheet' };

/** The import check's kind for a FILE of `vacatur screen` / `summary` (see detectKind). */
export function importKindOf(head: Uint8Array, fileName: string): ImportKind {
  return IMPORT_KIND[detectKind(head, fileName)];
}

/**
 * The one-line message for a CSV's problems, read whole or streamed: the first, and how many more.
 * @example csvProblemText('a.csv', { line: 3, message: 'bad date' }, 2) // 'a.csv line 3: bad date (and 1 more problem)'
 */
export function csvProblemText(fileName: string, first: CsvProblem, count: number): string {
  const more = count > 1 ? ` (and ${count - 1} more problem${count > 2 ? 's' : ''})` : '';
  return `${fileName} line ${first.line}: ${first.message}${more}`;
}

/**
 * The single place that reads RAP sheets for `vacatur screen` (lib/rapsheet/load.ts, owned by
 * the RAP sheet parser). Its input errors become one-line BadInput messages.
 */
async function loadRapSheet(bytes: Uint8Array, fileName: string): Promise<{ events: CaseEvent[]; warnings: string[] }> {
  const { loadRapSheetEvents, RapSheetInputError } = await import('../rapsheet/load');
  try {
    return await loadRapSheetEvents(bytes, fileName);
  } catch (e) {
    if (e instanceof RapSheetInputError) throw new BadInput(e.message);
    throw e;
  }
}

/**
 * @example const { events, refs } = await loadEvents(bytes, 'counts.csv');
 */
export async function loadEvents(bytes: Uint8Array, fileName: string): Promise<LoadedEvents> {
  const kind = detectKind(bytes, fileName);
  if (kind === 'case') {
    const r = parseCaseFileText(importText(bytes));
    if (!r.ok) {
      const p = r.problems[0]!;
      const more = r.problems.length > 1 ? ` (and ${r.problems.length - 1} more problem${r.problems.length > 2 ? 's' : ''})` : '';
      throw new BadInput(`${fileName}: ${p.path}: ${p.message}${more}`);
    }
    const b = r.body;
    return {
      kind,
      events: b.events,
      refs: b.events.map(() => null),
      periods: b.trafficking.periods,
      ipvOrSexualViolence: b.trafficking.ipvOrSexualViolence,
      clientDob: b.client.dob,
      warnings: [],
    };
  }
  if (kind === 'csv') {
    const r = parseEventsCsv(importText(bytes));
    if (r.errors.length > 0) throw new BadInput(csvProblemText(fileName, r.errors[0]!, r.errors.length));
    return {
      kind,
      events: r.rows.map((row) => row.event),
      refs: r.rows.map((row) => row.ref),
      periods: [],
      ipvOrSexualViolence: false,
      clientDob: '',
      warnings: ignoredWarning(r.ignored),
    };
  }
  const r = await loadRapSheet(bytes, fileName);
  return { kind, events: r.events, refs: r.events.map(() => null), periods: [], ipvOrSexualViolence: false, clientDob: '', warnings: r.warnings };
}

/** The warning for header cells the events CSV reader does not know. */
export function ignoredWarning(ignored: string[]): string[] {
  return ignored.length ? [`ignored column${ignored.length > 1 ? 's' : ''}: ${ignored.join(', ')}`] : [];
}
