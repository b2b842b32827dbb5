/**
 * scrape(root, adapter?): a court case-summary page's charges, dispositions and sentences as
 * case events. Tables are found by the adapter's selectors or by their header words; columns by
 * header text. DOM-only and zod-free, so it can run in the page; the panel validates the events
 * before saving them. `notYetInCase` makes a second import add nothing.
 */
import type { CaseEvent } from '../model';
import type { Adapter } from '../portals/schema';
import { clean, textOf } from './text';

export interface ScrapeResult {
  caseNumber: string;
  court: string;
  county: string;
  events: CaseEvent[];
  warnings: string[];
}

type Table = { headers: string[]; rows: string[][] };

function readTable(t: Element): Table {
  const trs = Array.from(t.querySelectorAll('tr'));
  const headRow = trs.find((r) => r.querySelector('th')) ?? trs[0];
  const headers = headRow ? Array.from(headRow.children).map((c) => clean(textOf(c)).toLowerCase()) : [];
  const rows = trs.filter((r) => r !== headRow && r.querySelector('td')).map((r) => Array.from(r.children).map((c) => clean(textOf(c, 1000))));
  return { headers, rows };
}

const col = (t: Table, re: RegExp, not?: RegExp) => t.headers.findIndex((h) => re.test(h) && !(not && not.test(h)));

const isoDate = (s: string): string => {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s) ?? null;
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  return iso ? iso[0] : '';
};

/** "PC 647(b)", "647(b) PC", "H&S 11377(a)" → code and section. */
export function parseStatute(s: string): { code: string; section: string } {
  const t = s.replace(/H\s*&\s*S/i, 'HS').replace(/\bB\s*&\s*P\b/i, 'BP').replace(/\bW\s*&\s*I\b/i, 'WI').trim();
  let m = /^([A-Z]{1,4})\s*§?\s*(\d[\w.]*(?:\([^)]*\))*)/i.exec(t);
  if (m) return { code: m[1]!.toUpperCase(), section: m[2]! };
  m = /^(\d[\w.]*(?:\([^)]*\))*)\s*([A-Z]{1,4})\b/i.exec(t);
  if (m) return { code: m[2]!.toUpperCase(), section: m[1]! };
  return { code: '', section: t };
}

const levelOf = (s: string): CaseEvent['level'] => {
  const t = s.trim().toLowerCase();
  if (/^f|felony/.test(t)) return 'F';
  if (/^m|misd/.test(t)) return 'M';
  if (/^i|infraction/.test(t)) return 'I';
  return '';
};

const CONVICTED = /convict|guilty|nolo|no contest|sustained/i;

function findTable(root: Document | Element, selector: string | undefined, words: RegExp): Element | null {
  if (selector) return root.querySelector(selector);
  return Array.from(root.querySelectorAll('table')).find((t) => words.test(readTable(t).headers.join(' | '))) ?? null;
}

/** The value next to a label cell ("Case Number" → "AL-19-..."). */
function labelled(root: Document | Element, re: RegExp): string {
  for (const cell of Array.from(root.querySelectorAll('th, td, dt, label, span, b, strong'))) {
    if (!re.test(clean(textOf(cell, 80)))) continue;
    const next = cell.nextElementSibling;
    if (next) return clean(textOf(next, 200));
  }
  return '';
}

const stableId = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};

/**
 * @example scrape(document).events.map((e) => `${e.kind} ${e.code} ${e.section}`) // ['conviction PC 647(b)', 'arrest HS 11377(a)', ...]
 */
export function scrape(root: Document | Element, adapter?: Adapter | null): ScrapeResult {
  const cfg = adapter?.scrape;
  const warnings: string[] = [];
  const charges = findTable(root, cfg?.charges, /(statute|section|charge|violation)/);
  const caseNumber = (cfg?.caseNumber ? clean(textOf(root.querySelector(cfg.caseNumber) ?? root, 100)) : labelled(root, /^case\s*(number|no\.?|#)$/i)) || '';
  const court = (cfg?.court ? clean(textOf(root.querySelector(cfg.court) ?? root, 200)) : labelled(root, /^court(\s*location)?$/i)) || '';
  const heading = clean(textOf((root as Document).body ?? root, 400));
  const county = /([A-Z][\w ]*?) County\b/.exec(court)?.[1] ?? /County of ([A-Z][\w]*(?: [A-Z][\w]*)*)/.exec(heading)?.[1] ?? '';
  if (!charges) return { caseNumber, court, county, events: [], warnings: ['no charges table on this page'] };

  const ch = readTable(charges);
  const c = {
    count: col(ch, /^(count|ct|#|no\.?)$/),
    statute: col(ch, /statute|section|code|violation/, /description/),
    description: col(ch, /description|charge/, /code|statute|section/),
    level: col(ch, /level|class|degree|severity|type/),
    date: col(ch, /offen[cs]e\s*date|violation\s*date|date\s*of\s*offen|^date$/),
  };
  if (c.statute < 0) warnings.push('the charges table has no statute column');

  const byCount = (selector: string | undefined, words: RegExp, valueCol: RegExp) => {
    const map = new Map<string, { date: string; text: string }>();
    const t = findTable(root, selector, words);
    if (!t) return map;
    const tb = readTable(t);
    const [ci, di, vi] = [col(tb, /^(count|ct|#)$/), col(tb, /date/), col(tb, valueCol, /date/)];
    for (const r of tb.rows) if (ci >= 0 && vi >= 0) map.set(r[ci] ?? '', { date: isoDate(r[di] ?? ''), text: r[vi] ?? '' });
    return map;
  };
  const dispositions = byCount(cfg?.dispositions, /disposition/, /disposition/);
  const sentences = byCount(cfg?.sentences, /sentence/, /sentence/);

  const events: CaseEvent[] = ch.rows.map((r, i) => {
    const count = c.count >= 0 ? (r[c.count] ?? String(i + 1)) : String(i + 1);
    const { code, section } = parseStatute(c.statute >= 0 ? (r[c.statute] ?? '') : '');
    const dispo = dispositions.get(count);
    const convicted = !!dispo && CONVICTED.test(dispo.text);
    const offense = c.date >= 0 ? isoDate(r[c.date] ?? '') : '';
    const kind: CaseEvent['kind'] = convicted ? 'conviction' : 'arrest';
    const date = convicted ? dispo!.date || offense : offense;
    const source = `page:${caseNumber.replace(/\W/g, '') || '-'}:${count}:${kind}`;
    return {
      id: `page-${stableId(source)}`,
      kind,
      date,
      county,
      court,
      agency: '',
      caseNumber,
      code,
      section,
      description: c.description >= 0 ? (r[c.description] ?? '') : '',
      level: c.level >= 0 ? levelOf(r[c.level] ?? '') : '',
      disposition: dispo?.text ?? '',
      sentence: sentences.get(count)?.text ?? '',
      jurisdiction: '',
      attempted: /^664\//.test(section),
      enhancements: [],
      answers: {},
      source,
      notes: '',
      offenseDate: offense,
      nexus: '',
      prosecutingAgency: '',
    };
  });
  return { caseNumber, court, county, events, warnings };
}

const key = (caseNumber: string, section: string, date: string) =>
  `${caseNumber.toUpperCase().replace(/[^A-Z0-9]/g, '')}|${section.toLowerCase().replace(/\s+/g, '')}|${date}`;

/**
 * The scraped events the case does not hold yet: same case number, section and date (as the
 * RAP sheet import wrote it) or the same source means "already there".
 * @example notYetInCase(body.events, scrape(document).events) // [] on a second import
 */
export function notYetInCase(existing: Pick<CaseEvent, 'caseNumber' | 'section' | 'date' | 'source'>[], scraped: CaseEvent[]): CaseEvent[] {
  const have = new Set(existing.map((e) => key(e.caseNumber, e.section, e.date)));
  const sources = new Set(existing.map((e) => e.source).filter(Boolean));
  return scraped.filter((e) => !sources.has(e.source) && !have.has(key(e.caseNumber, e.section, e.date)));
}
