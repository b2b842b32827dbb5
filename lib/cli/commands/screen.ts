import { screen as screenCase } from '../../law';
import { isIsoDate, type TraffickingPeriod } from '../../model';
import { oneFlag, parseArgs } from '../args';
import { openInput } from '../input-file';
import { UsageError, type Command } from '../io';
import { importKindOf, loadEvents } from '../load-events';
import { screenCsvStream, TABLE_MAX_ROWS } from '../screen-csv';
import { contractItem, table } from '../screen-output';
import { jsonText } from '../terminal-text';

/** `FROM..TO`, both ISO dates, FROM not after TO. */
export function parsePeriod(raw: string): TraffickingPeriod {
  const m = /^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(raw);
  if (!m || !isIsoDate(m[1]!) || !isIsoDate(m[2]!)) throw new UsageError(`--trafficked "${raw}" must be FROM..TO with dates written YYYY-MM-DD`);
  if (m[1]! > m[2]!) throw new UsageError(`--trafficked "${raw}": FROM is after TO`);
  return { from: m[1]!, to: m[2]! };
}

/** Today in the local time zone, YYYY-MM-DD. Only the CLI reads the clock; rules get asOf. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const screen: Command = {
  name: 'screen',
  summary: 'screen each arrest and conviction for vacatur (PC 236.14): verdict, remedies, reasons with citations',
  usage:
    'vacatur screen FILE [--trafficked FROM..TO]... [--as-of DATE] [--json]   (FILE: case .json, events .csv, RAP sheet .txt/.pdf; ' +
    `a CSV is streamed: --json lists every row, the text table the first ${TABLE_MAX_ROWS.toLocaleString('en-US')} and the counts of all)`,
  async run(args, io) {
    const p = parseArgs(args, ['trafficked', 'as-of'], ['json']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one file (case .json, events .csv, or RAP sheet .txt/.pdf)');
    const asOfFlag = oneFlag(p, 'as-of');
    if (asOfFlag !== undefined && !isIsoDate(asOfFlag)) throw new UsageError(`--as-of "${asOfFlag}" must be a date written YYYY-MM-DD`);
    const asOf = asOfFlag ?? today();
    const flagPeriods = (p.flags.get('trafficked') ?? []).map(parsePeriod);

    const input = await openInput(io, file, (head) => importKindOf(head, file));
    if (input.kind === 'events-csv') {
      await screenCsvStream(io, input, { asOf, periods: flagPeriods, json: p.bools.has('json') });
      return 0;
    }
    const loaded = await loadEvents(await input.bytes(), file);
    const periods = flagPeriods.length > 0 ? flagPeriods : loaded.periods;
    const result = screenCase(
      { events: loaded.events, trafficking: { periods, ipvOrSexualViolence: loaded.ipvOrSexualViolence } },
      { asOf, clientDob: loaded.clientDob },
    );
    if (p.bools.has('json')) {
      io.out(jsonText({ items: result.items.map((it, i) => contractItem(it, loaded.refs[i] ?? null)) }));
      return 0;
    }
    const c = result.counts;
    io.out(
      [
        `${file}: ${result.items.length} ${result.items.length === 1 ? 'entry' : 'entries'} screened as of ${asOf}; trafficking periods: ${periods.map((x) => `${x.from}..${x.to}`).join(', ') || 'none entered'}`,
        '',
        table(result.items, loaded.refs),
        '',
        `${c.candidate} candidate, ${c.review} review, ${c.ineligible} ineligible. "Candidate" means attorney review suggested, never "eligible".`,
        ...loaded.warnings.map((w) => `warning: ${w}`),
      ].join('\n'),
    );
    return 0;
  },
};
