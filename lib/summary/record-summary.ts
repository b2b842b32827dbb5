/**
 * The record summary: the whole record grouped by county and case, with the screening verdict
 * of every entry, the relief already on the record and the questions still open. Plain data,
 * shared by the side panel and the PDF (lib/packet/record-summary-pdf.ts). Pure: `asOf` comes in.
 */
import { screen, type Listing, type Question, type Reason, type RemedyId, type Verdict } from '@/lib/law';
import { clientDisplayName, type CaseBody, type CaseEvent, type EventKind, type OffenseLevel } from '@/lib/model';
import { agencyLabel } from '@/lib/rapsheet/agency-label';
import { offenseLabel } from '@/lib/rapsheet/offense-label';
import { resolveSeeComment, saysSeeComment, sheetCommentOf } from '@/lib/rapsheet/see-comment';
import { isGrantedRelief, priorReliefOf, type PriorRelief } from './prior-relief';
import { countyLabel, countyOf } from './county-label';

export type { PriorRelief, PriorReliefKind } from './prior-relief';
export { countyLabel } from './county-label';

export interface VerdictCounts {
  total: number;
  candidate: number;
  review: number;
  ineligible: number;
}

/** One arrest, conviction or adjudication, with its screening. */
export interface SummaryEntry {
  eventId: string;
  /** YYYY-MM-DD, or '' when the record has no date. */
  date: string;
  kind: EventKind;
  code: string;
  section: string;
  /** Code and section as people cite them: "PC 647(b)", "18 USC 1546(a)"; '' when the record names no section. */
  offense: string;
  description: string;
  level: OffenseLevel;
  disposition: string;
  sentence: string;
  verdict: Verdict;
  /** The first screening reason, or null (the full list is in `reasons`). */
  reason: Reason | null;
  /** Every screening reason and warning on the entry, each once, in screening order: show them all. */
  reasons: Reason[];
  /** Remedies that fit ('candidate' or 'maybe'), PC 236.14 first, as screening orders them. */
  remedies: { id: RemedyId; fit: 'candidate' | 'maybe' }[];
  /** Questions that would settle a review (empty unless the verdict is 'review'). */
  questions: Question[];
  /** Relief granted on the record (set aside, relief granted, sealed, reduced, vacated). */
  priorRelief: PriorRelief[];
  /** Dismissals read from the disposition: how a charge ended, listed apart, never as relief. */
  dismissals: PriorRelief[];
  violent: Listing | null;
  serious: Listing | null;
}

/** The entries sharing one case number (a court case, or a booking number for an arrest). */
export interface SummaryCase {
  /** '' when the record shows none. */
  caseNumber: string;
  /** Distinct courts and agencies of the entries, in record order. */
  courts: string[];
  agencies: string[];
  /** Earliest entry date ('' when none is dated). */
  firstDate: string;
  entries: SummaryEntry[];
}

export interface SummaryCounty {
  /**
   * County name as first written on the record; for an entry outside California with no county,
   * the place its court or agency names ("Clark County, NV", "San Diego (federal)"); '' when the
   * record names none.
   */
  county: string;
  /** The county as a heading: "Los Angeles County", "Clark County, NV", "County not on record". */
  label: string;
  counts: VerdictCounts;
  cases: SummaryCase[];
}

/** Relief on the record, with the entry it belongs to. */
export interface SummaryPriorRelief extends PriorRelief {
  eventId: string;
  county: string;
  caseNumber: string;
  offense: string;
  entryDate: string;
}

/**
 * A question the attorney should answer. `eventId` is '' for questions about the whole case
 * (no trafficking period entered ...); entry questions come from screening (lib/law/questions.ts)
 * and their answers are stored in `event.answers[id]`.
 */
export interface OpenQuestion {
  id: string;
  text: string;
  cite: string;
  eventId: string;
  /** Which entry it concerns, for a reader: "2013-03-10 PC 148.9(a), Los Angeles, case 3MT04120"; '' for case questions. */
  entry: string;
}

export interface RecordSummary {
  asOf: string;
  client: { name: string; dob: string; cii: string; aliases: string[] };
  traffickingPeriods: { from: string; to: string }[];
  counts: VerdictCounts;
  counties: SummaryCounty[];
  priorRelief: SummaryPriorRelief[];
  openQuestions: OpenQuestion[];
}

/** Ids of the case-level questions (stable: the panel may key answers or dismissals on them). */
export const SUMMARY_QUESTION_IDS = {
  noPeriod: 'summary:no-trafficking-period',
  noDob: 'summary:no-dob',
  noCounty: 'summary:no-county',
  noDate: 'summary:no-date',
} as const;

function countyKey(c: string): string {
  return c.toLowerCase().replace(/\bcounty\b/g, '').replace(/\s+/g, ' ').trim();
}

function emptyCounts(): VerdictCounts {
  return { total: 0, candidate: 0, review: 0, ineligible: 0 };
}

/** Dated before undated; dates ascending. */
function byDate(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

function distinct(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values.map((s) => s.trim())) if (v && !out.includes(v)) out.push(v);
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function caseQuestions(body: CaseBody): OpenQuestion[] {
  const qs: OpenQuestion[] = [];
  const q = (id: string, text: string, cite: string) => qs.push({ id, text, cite, eventId: '', entry: '' });
  if (body.trafficking.periods.length === 0) {
    q(
      SUMMARY_QUESTION_IDS.noPeriod,
      'No trafficking period is entered. When was the client a victim of human trafficking? Screening compares each date on the record with these periods.',
      'Pen. Code § 236.14(a), (g)(1)',
    );
  }
  if (!body.client.dob) {
    q(SUMMARY_QUESTION_IDS.noDob, "The client's date of birth is not entered. It shows which entries are from before age 18 (juvenile relief).", 'Pen. Code § 236.14(j); § 1203.47');
  }
  const noCounty = body.events.filter((e) => !e.county.trim()).length;
  if (noCounty > 0) {
    q(
      SUMMARY_QUESTION_IDS.noCounty,
      `${plural(noCounty, 'entry', 'entries')} on the record ${noCounty === 1 ? 'shows' : 'show'} no county. In which county was each arrest or conviction? The petition is served on that county's prosecuting agency.`,
      'Pen. Code § 236.14(c)',
    );
  }
  const noDate = body.events.filter((e) => !e.date).length;
  if (noDate > 0) {
    q(
      SUMMARY_QUESTION_IDS.noDate,
      `${plural(noDate, 'entry', 'entries')} on the record ${noDate === 1 ? 'has' : 'have'} no date. When did each happen? Screening needs the date to compare with the trafficking periods.`,
      'Pen. Code § 236.14(a), (g)(1)',
    );
  }
  return qs;
}

function entryLabel(e: SummaryEntry, county: string, caseNumber: string): string {
  return [
    [e.date || '(no date)', e.offense || '(no section)'].join(' '),
    county || '(county not on record)',
    caseNumber ? `case ${caseNumber}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Builds the record summary of a case as of a date.
 * Counties are sorted by name (entries with no county last), cases by their earliest date,
 * entries by date (record order breaks ties).
 * @example
 * const s = buildRecordSummary(body, { asOf: '2026-03-01' });
 * s.counties.map((c) => c.county) // ['Los Angeles', 'Orange']
 * s.counts // { total: 9, candidate: 6, review: 2, ineligible: 1 }
 */
export function buildRecordSummary(body: CaseBody, opts: { asOf: string }): RecordSummary {
  const screened = screen(body, { asOf: opts.asOf, clientDob: body.client.dob });
  const counties = new Map<string, { county: string; cases: Map<string, { events: CaseEvent[]; entries: SummaryEntry[] }> }>();
  const counts = emptyCounts();

  body.events.forEach((event, i) => {
    const item = screened.items[i]!;
    // SEE COMMENT FOR CHARGE reads as the sheet's comment (lib/rapsheet/see-comment.ts).
    const comment = sheetCommentOf(event.notes);
    const human = (text: string) => resolveSeeComment(text.trim(), comment);
    const relief = priorReliefOf(event);
    // Screening may quote the record ("SEE COMMENT FOR CHARGE"); each reason once, in order.
    const reasons = item.reasons
      .map((r) => ({ ...r, text: human(r.text) }))
      .filter((r, k, all) => all.findIndex((o) => o.text === r.text && o.cite === r.cite) === k);
    const entry: SummaryEntry = {
      eventId: event.id,
      date: event.date,
      kind: event.kind,
      code: event.code.trim(),
      section: event.section.trim(),
      // A section that only says SEE COMMENT is the comment (or a pointer to it), without the code.
      offense: saysSeeComment(event.section) ? human(event.section) : human(offenseLabel(event.code, event.section)),
      description: human(event.description) || item.description,
      level: event.level,
      disposition: human(event.disposition),
      sentence: human(event.sentence),
      verdict: item.verdict,
      reason: reasons[0] ?? null,
      reasons,
      remedies: item.remedies.filter((r) => r.fit !== 'no').map((r) => ({ id: r.id, fit: r.fit as 'candidate' | 'maybe' })),
      questions: item.questions,
      priorRelief: relief.filter(isGrantedRelief),
      dismissals: relief.filter((r) => !isGrantedRelief(r)),
      violent: item.violent,
      serious: item.serious,
    };
    counts.total++;
    counts[entry.verdict]++;
    const countyName = countyOf(event);
    const key = countyKey(countyName);
    let county = counties.get(key);
    if (!county) counties.set(key, (county = { county: countyName, cases: new Map() }));
    const caseNumber = event.caseNumber.trim();
    let kase = county.cases.get(caseNumber);
    if (!kase) county.cases.set(caseNumber, (kase = { events: [], entries: [] }));
    kase.events.push(event);
    kase.entries.push(entry);
  });

  const countyList: SummaryCounty[] = [...counties.values()].map((c) => {
    const cases: SummaryCase[] = [...c.cases.entries()].map(([caseNumber, k]) => {
      // Stable sort: record order breaks ties between entries of the same date.
      const order = k.entries.map((e, i) => ({ e, i })).sort((a, b) => byDate(a.e.date, b.e.date) || a.i - b.i);
      const entries = order.map((o) => o.e);
      return {
        caseNumber,
        courts: distinct(order.map((o) => agencyLabel(k.events[o.i]!.court))),
        agencies: distinct(order.map((o) => agencyLabel(k.events[o.i]!.agency))),
        firstDate: entries[0]?.date ?? '',
        entries,
      };
    });
    cases.sort((a, b) => byDate(a.firstDate, b.firstDate) || (a.caseNumber === b.caseNumber ? 0 : !a.caseNumber ? 1 : !b.caseNumber ? -1 : a.caseNumber.localeCompare(b.caseNumber)));
    const cc = emptyCounts();
    for (const k of cases) for (const e of k.entries) (cc.total++, cc[e.verdict]++);
    return { county: c.county, label: countyLabel(c.county), counts: cc, cases };
  });
  countyList.sort((a, b) => (!a.county ? 1 : !b.county ? -1 : a.county.localeCompare(b.county, 'en', { sensitivity: 'base' })));

  const priorRelief: SummaryPriorRelief[] = [];
  const openQuestions = caseQuestions(body);
  for (const c of countyList) {
    for (const k of c.cases) {
      for (const e of k.entries) {
        for (const r of e.priorRelief) priorRelief.push({ ...r, eventId: e.eventId, county: c.county, caseNumber: k.caseNumber, offense: e.offense, entryDate: e.date });
        for (const q of e.questions) openQuestions.push({ id: q.id, text: q.text, cite: q.cite, eventId: e.eventId, entry: entryLabel(e, c.county, k.caseNumber) });
      }
    }
  }

  const cl = body.client;
  return {
    asOf: opts.asOf,
    client: { name: clientDisplayName(cl), dob: cl.dob, cii: cl.cii.trim(), aliases: distinct(cl.aliases) },
    traffickingPeriods: body.trafficking.periods.map((p) => ({ from: p.from, to: p.to })),
    counts,
    counties: countyList,
    priorRelief,
    openQuestions,
  };
}
