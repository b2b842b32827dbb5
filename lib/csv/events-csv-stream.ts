/**
 * An events CSV read from a byte stream, in batches: what lets `vacatur screen` take a clinic's
 * whole intake list (hundreds of thousands of rows) in bounded memory. The rows come from the
 * same EventsCsvReader as the panel's parseEventsCsv, so both read a file alike.
 */
import { EventsCsvReader, type EventCsvColumn, type EventsCsvProblemSource, type EventsCsvRow } from './events-csv';
import type { CsvProblem } from './parse';

export interface EventsCsvStreamResult {
  /** Rows read (and passed to onBatch). */
  rows: number;
  columns: EventCsvColumn[];
  ignored: string[];
  /** How many problems the file has: what parseEventsCsv would list in `errors`. */
  problems: number;
  /** The first of them, as parseEventsCsv orders them (CSV syntax before row values on a line). */
  firstProblem: CsvProblem | null;
}

/**
 * Decodes `chunks` as UTF-8 (a byte-order mark dropped, a character split between chunks kept
 * whole) and passes the rows to `onBatch`, at most `batchSize` at a time, waiting for each call.
 * Rows are not kept after their batch: memory grows with the chunk size, not the file, but for
 * the map of ids behind the "id used again" check (`checkIds: false` skips it, see EventsCsvReader).
 * @example
 * const r = await readEventsCsvStream(createReadStream('intake.csv'), 1000, (rows) => screenRows(rows));
 * if (r.firstProblem) console.error(`line ${r.firstProblem.line}: ${r.firstProblem.message}`);
 */
export async function readEventsCsvStream(
  chunks: AsyncIterable<Uint8Array>,
  batchSize: number,
  onBatch: (rows: EventsCsvRow[]) => void | Promise<void>,
  options: { checkIds?: boolean } = {},
): Promise<EventsCsvStreamResult> {
  if (!(batchSize >= 1)) throw new RangeError('batchSize must be at least 1');
  let pending: EventsCsvRow[] = [];
  let rows = 0;
  const tally: { count: number; first: { problem: CsvProblem; rank: number } | null } = { count: 0, first: null };
  const onProblem = (problem: CsvProblem, source: EventsCsvProblemSource) => {
    tally.count++;
    // parseEventsCsv lists CSV problems, then row problems, stably sorted by line: the first of
    // that list is the lowest (line, source), the earliest reported among equals.
    const rank = problem.line * 2 + (source === 'csv' ? 0 : 1);
    if (!tally.first || rank < tally.first.rank) tally.first = { problem, rank };
  };
  const reader = new EventsCsvReader((row) => void pending.push(row), onProblem, options);
  const flush = async (all: boolean) => {
    while (pending.length >= batchSize || (all && pending.length > 0)) {
      const batch = pending.length > batchSize ? pending.slice(0, batchSize) : pending;
      pending = pending.length > batchSize ? pending.slice(batchSize) : [];
      rows += batch.length;
      await onBatch(batch);
    }
  };
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    reader.push(decoder.decode(chunk, { stream: true }));
    await flush(false);
  }
  reader.push(decoder.decode());
  reader.end();
  await flush(true);
  const { columns, ignored, headerProblem } = reader;
  if (headerProblem) return { rows: 0, columns, ignored, problems: 1, firstProblem: headerProblem };
  return { rows, columns, ignored, problems: tally.count, firstProblem: tally.first?.problem ?? null };
}
