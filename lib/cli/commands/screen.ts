import { screen as screenCase, type ScreenItem } from '../../law';
import { isIsoDate, type TraffickingPeriod } from '../../model';
import { oneFlag, parseArgs } from '../args';
import { UsageError, type Command } from '../io';
import { loadEvents } from '../load-events';
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

/** The DESIGN.md § 6 item: contract fields only, plus `ref` for a CSV id. */
function contractItem(item: ScreenItem, ref: string | null) {
  return {
    ...(ref !== null ? { ref } : {}),
    event: item.event,
    date: item.date,
    code: item.code,
    section: item.section,
    description: item.description,
    level: item.level,
    verdict: item.verdict,
    remedies: item.remedies.map((r) => ({ id: r.id, fit: r.fit, reasons: r.reasons.map(({ text, cite }) => ({ text, cite })) })),
    reasons: item.reasons.map(({ text, cite }) => ({ text, cite })),
  };
}

function table(items: ScreenItem[], refs: (string | null)[]): string {
  const rows = items.map((it, i) => [
    String(i + 1),
    refs[i] ?? '',
    it.event,
    it.date || '(no date)',
    [it.code, it.section].filter(Boolean).join(' ') || '(no section)',
    it.level || '-',
    it.verdict.toUpperCase(),
    it.remedies.map((r) => (r.fit === 'maybe' ? `${r.id}?` : r.id)).join(', ') || '-',
  ]);
  const head = ['#', 'ref', 'event', 'date', 'offense', 'lvl', 'verdict', 'remedies (? = maybe)'];
  const showRef = refs.some((r) => r);
  const cols = head.map((_, c) => c).filter((c) => showRef || c !== 1);
  const width = cols.map((c) => Math.max(head[c]!.length, ...rows.map((r) => r[c]!.length)));
  const fmt = (r: string[]) => cols.map((c, k) => (k === cols.length - 1 ? r[c]! : r[c]!.padEnd(width[k]!))).join('  ');
  const out = [fmt(head), fmt(head.map((h) => '-'.repeat(h.length)))];
  items.forEach((it, i) => {
    out.push(fmt(rows[i]!));
    if (it.description) out.push(`    ${it.description}`);
    for (const r of it.reasons) out.push(`    - ${r.text} [${r.cite}]`);
    for (const q of it.questions) out.push(`    ? ${q.text}`);
  });
  return out.join('\n');
}

export const screen: Command = {
  name: 'screen',
  summary: 'screen each arrest and conviction for vacatur (PC 236.14): verdict, remedies, reasons with citations',
  usage: 'vacatur screen FILE [--trafficked FROM..TO]... [--as-of DATE] [--json]   (FILE: case .json, events .csv, RAP sheet .txt/.pdf)',
  async run(args, io) {
    const p = parseArgs(args, ['trafficked', 'as-of'], ['json']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one file (case .json, events .csv, or RAP sheet .txt/.pdf)');
    const asOfFlag = oneFlag(p, 'as-of');
    if (asOfFlag !== undefined && !isIsoDate(asOfFlag)) throw new UsageError(`--as-of "${asOfFlag}" must be a date written YYYY-MM-DD`);
    const asOf = asOfFlag ?? today();
    const flagPeriods = (p.flags.get('trafficked') ?? []).map(parsePeriod);

    const loaded = await loadEvents(await io.readFile(file), file);
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
