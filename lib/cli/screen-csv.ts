/**
 * `vacatur screen FILE.csv`, streamed: a clinic's whole intake list (600,000 rows, 60 MB) is
 * screened in bounded memory. Two passes over the file:
 *  1. read every row, keeping none, to find the first problem: a bad row stops the run before
 *     anything is printed (never half a JSON document followed by an error);
 *  2. read again, screen the rows in batches of SCREEN_BATCH and write each batch's items.
 * Screening is per event (lib/law/screen.ts: each item depends on its event, the periods, asOf and
 * the client's DOB, which a CSV does not carry), so batches give the same items as one call.
 */
import { readEventsCsvStream, type EventsCsvRow } from '../csv';
import { screen as screenCase, type ScreenItem } from '../law';
import type { TraffickingPeriod } from '../model';
import type { InputFile } from './input-file';
import { BadInput, type CliIo } from './io';
import { csvProblemText, ignoredWarning } from './load-events';
import { contractItem, itemsJsonPart, ITEMS_CLOSE, ITEMS_OPEN, NO_ITEMS, table } from './screen-output';

/** Rows screened and written at a time. */
export const SCREEN_BATCH = 1000;
/** The text table lists at most this many entries; the counts cover them all, and --json lists every one. */
export const TABLE_MAX_ROWS = 10_000;

export interface ScreenCsvOptions {
  asOf: string;
  periods: TraffickingPeriod[];
  json: boolean;
}

/**
 * @example await screenCsvStream(io, await openInput(io, 'intake.csv', 'events-csv'), { asOf: '2026-03-01', periods: [], json: true });
 */
export async function screenCsvStream(io: CliIo, input: InputFile, opts: ScreenCsvOptions): Promise<void> {
  const file = input.path;
  const checked = await readEventsCsvStream(input.chunks(), SCREEN_BATCH, () => {});
  if (checked.firstProblem) throw new BadInput(csvProblemText(file, checked.firstProblem, checked.problems));
  const total = checked.rows;

  // One periods array for every batch: screen() shares its findings per periods array.
  const trafficking = { periods: opts.periods, ipvOrSexualViolence: false };
  const shown: { items: ScreenItem[]; refs: (string | null)[] } = { items: [], refs: [] };
  const counts = { candidate: 0, review: 0, ineligible: 0 };
  let done = 0;
  if (opts.json) io.out(total === 0 ? NO_ITEMS : ITEMS_OPEN);
  // Pass 1 found every id unique: pass 2 keeps no map of them.
  const again = await readEventsCsvStream(input.chunks(), SCREEN_BATCH, async (rows: EventsCsvRow[]) => {
    const { items } = screenCase({ events: rows.map((r) => r.event), trafficking }, { asOf: opts.asOf });
    if (opts.json) {
      // Each item is followed by a comma unless it is the last of the file (pass 1 counted them).
      const text = itemsJsonPart(items.map((it, i) => contractItem(it, rows[i]!.ref)));
      io.out(done + items.length < total ? `${text},` : text);
      await io.drain?.();
    } else {
      items.forEach((it, i) => {
        counts[it.verdict]++;
        if (shown.items.length < TABLE_MAX_ROWS) {
          shown.items.push(it);
          shown.refs.push(rows[i]!.ref);
        }
      });
    }
    done += items.length;
  }, { checkIds: false });
  if (again.firstProblem || again.rows !== total) throw new BadInput(`${file} changed while it was being read; run the command again`);
  if (opts.json) {
    if (total > 0) io.out(ITEMS_CLOSE);
    return;
  }
  const more = total - shown.items.length;
  io.out(
    [
      `${file}: ${total} ${total === 1 ? 'entry' : 'entries'} screened as of ${opts.asOf}; trafficking periods: ${opts.periods.map((x) => `${x.from}..${x.to}`).join(', ') || 'none entered'}`,
      '',
      table(shown.items, shown.refs),
      ...(more > 0 ? [`... and ${more} more entries, not listed: the table shows the first ${TABLE_MAX_ROWS.toLocaleString('en-US')} (use --json for every entry)`] : []),
      '',
      `${counts.candidate} candidate, ${counts.review} review, ${counts.ineligible} ineligible. "Candidate" means attorney review suggested, never "eligible".`,
      ...ignoredWarning(checked.ignored).map((w) => `warning: ${w}`),
    ].join('\n'),
  );
}
