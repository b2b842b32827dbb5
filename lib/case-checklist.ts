/**
 * What stands between a case and a filed § 236.14 petition (issue 14): one item per step, in the
 * order the work is usually done, each naming the tab where it is fixed and what to focus there.
 * Pure: the screening and the date come in (rules never read the clock).
 *
 * "Matters" are the entries a petition would cover: screening candidates, and entries with an
 * attorney override recorded (the Packet tab preselects the same ones).
 */
import { answerOf } from '@/lib/law/questions';
import type { ScreenResult } from '@/lib/law/types';
import { hearingFor, type CaseBody, type CaseEvent, type Evidence } from '@/lib/model';
import { nextDeadline } from '@/lib/packet/deadlines';
import { fullNameExhibits } from '@/lib/packet/full-name-exhibits';
import { prosecutorFor } from '@/lib/packet/prosecutor';
import { msg, type Msg, type MsgSub } from '@/lib/i18n/msg';

/** The case tabs an item can send the user to. */
export type ChecklistTab = 'RAP sheet' | 'Trafficking' | 'Record' | 'Attorney' | 'Packet';

export type ChecklistId = 'record' | 'periods' | 'review' | 'nexus' | 'court-agency' | 'attorney' | 'exhibit-files' | 'full-name' | 'hearing' | 'service';

export interface ChecklistItem {
  id: ChecklistId;
  /**
   * One sentence for people, citing the subdivision where there is one: a message of the
   * overview catalog (lib/i18n/catalog/<lang>/overview.json), worded by the panel in the user's language.
   */
  message: Msg;
  /** Where it is fixed. */
  tab: ChecklistTab;
  /**
   * What to focus in that tab: a key the panel resolves to a field ('periods', 'review', 'nexus',
   * 'agency', 'attorney', 'exhibits', 'full-name', 'hearing', 'service', 'rap', or
   * 'event:<id>:county' for one record entry's county).
   */
  target: string;
  done: boolean;
}

/** The body parts the checklist reads (a stored Case fits). */
export type ChecklistCase = Pick<CaseBody, 'events' | 'trafficking' | 'attorney' | 'evidence' | 'prosecutingAgencies' | 'drafting'>;

/**
 * Whether an exhibit has its file: a path or data: URL in `file`, or a stored file (`fileRef`,
 * the exhibit-files table) — the one place that knows both shapes.
 */
export function exhibitHasFile(e: Evidence): boolean {
  return !!(e.file || (e as { fileRef?: unknown }).fileRef);
}

/** Entries a petition would cover: candidates, and entries with an attorney override recorded. */
export function petitionMatters(c: Pick<CaseBody, 'events'>, screening: ScreenResult): CaseEvent[] {
  const verdict = new Map(screening.items.map((i) => [i.eventId, i.verdict]));
  return c.events.filter((e) => verdict.get(e.id) === 'candidate' || !!e.packetOverride?.reason?.trim());
}

/** "A, B, C" or "A, B, C and 2 more". */
const listed = (names: MsgSub[], max = 3): MsgSub =>
  names.length <= max ? { list: names, sep: ', ' } : msg('overview_check_list_more', { list: names.slice(0, max), sep: ', ' }, names.length - max);

/**
 * The checklist for a case.
 * @example caseChecklist(c, screen(c, { asOf }), asOf).filter((i) => !i.done).map((i) => i.message.key)
 */
export function caseChecklist(c: ChecklistCase, screening: ScreenResult, asOf: string): ChecklistItem[] {
  const matters = petitionMatters(c, screening);
  return [
    recordItem(c, screening, matters),
    periodsItem(c),
    reviewItem(c, screening),
    nexusItem(matters),
    courtAgencyItem(matters),
    attorneyItem(c),
    exhibitFilesItem(c),
    fullNameItem(c),
    hearingItem(c, matters),
    serviceItem(c, asOf),
  ];
}

function recordItem(c: ChecklistCase, screening: ScreenResult, matters: CaseEvent[]): ChecklistItem {
  if (c.events.length === 0) {
    return { id: 'record', tab: 'RAP sheet', target: 'rap', done: false, message: msg('overview_check_record_none') };
  }
  if (matters.length === 0) {
    return { id: 'record', tab: 'Record', target: screening.counts.review ? 'review' : 'record', done: false, message: msg('overview_check_record_no_candidate') };
  }
  const n = matters.length;
  return { id: 'record', tab: 'Record', target: 'verdict:candidate', done: true, message: msg(n === 1 ? 'overview_check_record_done_one' : 'overview_check_record_done_other', n) };
}

function periodsItem(c: ChecklistCase): ChecklistItem {
  const n = c.trafficking.periods.length;
  const base = { id: 'periods', tab: 'Trafficking', target: 'periods' } as const;
  return n
    ? { ...base, done: true, message: msg(n === 1 ? 'overview_check_periods_done_one' : 'overview_check_periods_done_other', n) }
    : { ...base, done: false, message: msg('overview_check_periods_none') };
}

function reviewItem(c: ChecklistCase, screening: ScreenResult): ChecklistItem {
  const answers = new Map(c.events.map((e) => [e.id, e.answers]));
  let questions = 0;
  let entries = 0;
  for (const item of screening.items) {
    if (item.verdict !== 'review') continue;
    const given = answers.get(item.eventId) ?? {};
    const open = item.questions.filter((q) => !answerOf(given, q.id)).length;
    if (open) {
      questions += open;
      entries++;
    }
  }
  const base = { id: 'review', tab: 'Record', target: 'review' } as const;
  if (!questions) return { ...base, done: true, message: msg('overview_check_review_none') };
  // Entries never outnumber their questions: one question means one entry.
  const key = questions === 1 ? 'overview_check_review_open_one' : entries === 1 ? 'overview_check_review_open_other_one' : 'overview_check_review_open_other_other';
  return { ...base, done: false, message: msg(key, questions, entries) };
}

function nexusItem(matters: CaseEvent[]): ChecklistItem {
  const base = { id: 'nexus', tab: 'Packet', target: 'nexus' } as const;
  if (!matters.length) return { ...base, done: false, message: msg('overview_check_nexus_no_matter') };
  const missing = matters.filter((e) => !e.nexus.trim()).length;
  if (!missing) return { ...base, done: true, message: msg('overview_check_nexus_done') };
  const key = missing < matters.length ? 'overview_check_nexus_some' : missing === 1 ? 'overview_check_nexus_all_one' : 'overview_check_nexus_all_other';
  return { ...base, done: false, message: msg(key, missing, matters.length) };
}

function courtAgencyItem(matters: CaseEvent[]): ChecklistItem {
  if (!matters.length) return { id: 'court-agency', tab: 'Packet', target: 'agency', done: false, message: msg('overview_check_agency_no_matter') };
  const noCounty = matters.filter((e) => !e.county.trim());
  const noAgency = new Map<string, number>();
  let suggested = 0;
  for (const e of matters) {
    if (!e.county.trim()) continue;
    const choice = prosecutorFor(e);
    if (!choice.name) noAgency.set(e.county.trim(), (noAgency.get(e.county.trim()) ?? 0) + 1);
    else if (!choice.entered) suggested++;
  }
  const gaps: Msg[] = [
    ...(noCounty.length ? [msg(noCounty.length === 1 ? 'overview_check_agency_gap_county_one' : 'overview_check_agency_gap_county_other', noCounty.length)] : []),
    ...[...noAgency].map(([county, n]) => msg(n === 1 ? 'overview_check_agency_gap_agency_one' : 'overview_check_agency_gap_agency_other', county, n)),
  ];
  if (gaps.length) {
    // A missing county is fixed on the entry itself; an agency in the Packet tab.
    const first = noCounty[0];
    return {
      id: 'court-agency',
      tab: first ? 'Record' : 'Packet',
      target: first ? `event:${first.id}:county` : 'agency',
      done: false,
      message: msg('overview_check_agency_missing', { list: gaps, sep: '; ' }),
    };
  }
  return {
    id: 'court-agency',
    tab: 'Packet',
    target: 'agency',
    done: true,
    message: suggested
      ? msg(suggested === 1 ? 'overview_check_agency_done_suggested_one' : 'overview_check_agency_done_suggested_other', suggested)
      : msg('overview_check_agency_done'),
  };
}

function attorneyItem(c: ChecklistCase): ChecklistItem {
  const a = c.attorney;
  const missing: Msg[] = [
    ...(a.name.trim() ? [] : [msg('overview_check_attorney_name')]),
    ...(a.barNumber.trim() ? [] : [msg('overview_check_attorney_bar')]),
    ...(a.address.street.trim() && a.address.city.trim() && a.address.zip.trim() ? [] : [msg('overview_check_attorney_address')]),
    ...(a.phone.trim() ? [] : [msg('overview_check_attorney_phone')]),
    ...(a.email.trim() ? [] : [msg('overview_check_attorney_email')]),
  ];
  const base = { id: 'attorney', tab: 'Attorney', target: 'attorney' } as const;
  return missing.length
    ? { ...base, done: false, message: msg('overview_check_attorney_missing', { list: missing, sep: ', ' }) }
    : { ...base, done: true, message: msg('overview_check_attorney_done') };
}

function exhibitFilesItem(c: ChecklistCase): ChecklistItem {
  const base = { id: 'exhibit-files', tab: 'Packet', target: 'exhibits' } as const;
  if (!c.evidence.length) return { ...base, done: true, message: msg('overview_check_exhibits_none') };
  const without = c.evidence.filter((e) => !exhibitHasFile(e));
  if (!without.length) return { ...base, done: true, message: msg('overview_check_exhibits_done', c.evidence.length) };
  const names = listed(without.map((e) => e.title || msg('overview_check_exhibit_untitled')));
  return { ...base, done: false, message: msg(without.length === 1 ? 'overview_check_exhibits_missing_one' : 'overview_check_exhibits_missing_other', without.length, names) };
}

function fullNameItem(c: ChecklistCase): ChecklistItem {
  const lodged = new Set(c.drafting?.lodgedExhibitIds ?? []);
  const open = fullNameExhibits(c.evidence).filter((e) => !lodged.has(e.id));
  const base = { id: 'full-name', tab: 'Packet', target: 'full-name' } as const;
  return open.length
    ? { ...base, done: false, message: msg(open.length === 1 ? 'overview_check_fullname_open_one' : 'overview_check_fullname_open_other', open.length) }
    : { ...base, done: true, message: msg('overview_check_fullname_done') };
}

function hearingItem(c: ChecklistCase, matters: CaseEvent[]): ChecklistItem {
  const base = { id: 'hearing', tab: 'Packet', target: 'hearing' } as const;
  // One petition per county, and one per juvenile court (Pen. Code § 236.14(j)).
  const petitions = new Map<string, { county: string; juvenile: boolean }>();
  for (const e of matters) {
    const county = e.county.trim();
    const juvenile = e.kind === 'adjudication';
    if (county) petitions.set(`${county.toLowerCase()}|${juvenile}`, { county, juvenile });
  }
  if (!petitions.size) return { ...base, done: false, message: msg('overview_check_hearing_no_matter') };
  const missing: MsgSub[] = [...petitions.values()]
    .filter((p) => !hearingFor(c.drafting, p.county, p.juvenile)?.date)
    .map((p) => (p.juvenile ? msg('overview_check_hearing_juvenile', p.county) : p.county));
  return missing.length
    ? { ...base, done: false, message: msg('overview_check_hearing_missing', { list: missing, sep: ', ' }) }
    : { ...base, done: true, message: msg(petitions.size === 1 ? 'overview_check_hearing_done_one' : 'overview_check_hearing_done_other') };
}

function serviceItem(c: ChecklistCase, asOf: string): ChecklistItem {
  const base = { id: 'service', tab: 'Packet', target: 'service' } as const;
  const agencies = c.prosecutingAgencies;
  if (!agencies.length) return { ...base, done: false, message: msg('overview_check_service_none') };
  const unserved = agencies.filter((a) => !a.servedOn.trim()).map((a): MsgSub => a.name || a.county || msg('overview_check_service_unnamed'));
  if (unserved.length) return { ...base, done: false, message: msg('overview_check_service_missing', listed(unserved)) };
  const next = nextDeadline(agencies, asOf);
  const message = !next
    ? msg('overview_check_service_done_no_receipt')
    : next.passed
      ? msg('overview_check_service_done_passed', { date: next.due })
      : msg('overview_check_service_done_due', next.agency, { date: next.due });
  return { ...base, done: true, message };
}
