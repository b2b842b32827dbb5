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

/** The case tabs an item can send the user to. */
export type ChecklistTab = 'RAP sheet' | 'Trafficking' | 'Record' | 'Attorney' | 'Packet';

export type ChecklistId = 'record' | 'periods' | 'review' | 'nexus' | 'court-agency' | 'attorney' | 'exhibit-files' | 'full-name' | 'hearing' | 'service';

export interface ChecklistItem {
  id: ChecklistId;
  /** One sentence for people, citing the subdivision where there is one. */
  text: string;
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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listed = (names: string[], max = 3) => (names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`);

/**
 * The checklist for a case.
 * @example caseChecklist(c, screen(c, { asOf }), asOf).filter((i) => !i.done).map((i) => i.text)
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
    return { id: 'record', tab: 'RAP sheet', target: 'rap', done: false, text: "Enter the client's record: import the RAP sheet, or add the arrests and convictions." };
  }
  if (matters.length === 0) {
    return {
      id: 'record',
      tab: 'Record',
      target: screening.counts.review ? 'review' : 'record',
      done: false,
      text: 'No entry is a vacatur candidate yet: settle the reviews, or record an attorney override on an entry (Pen. Code § 236.14(a)).',
    };
  }
  return { id: 'record', tab: 'Record', target: 'verdict:candidate', done: true, text: `${plural(matters.length, 'matter')} to petition for.` };
}

function periodsItem(c: ChecklistCase): ChecklistItem {
  const n = c.trafficking.periods.length;
  return n
    ? { id: 'periods', tab: 'Trafficking', target: 'periods', done: true, text: `${plural(n, 'trafficking period')} entered.` }
    : {
        id: 'periods',
        tab: 'Trafficking',
        target: 'periods',
        done: false,
        text: 'Enter when the client was trafficked: without a period every entry needs review (Pen. Code § 236.14(a), (g)(1)).',
      };
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
  return questions
    ? { id: 'review', tab: 'Record', target: 'review', done: false, text: `Answer ${plural(questions, 'open question')} on ${plural(entries, 'entry', 'entries')} that ${entries === 1 ? 'needs' : 'need'} review.` }
    : { id: 'review', tab: 'Record', target: 'review', done: true, text: 'No open review questions.' };
}

function nexusItem(matters: CaseEvent[]): ChecklistItem {
  const base = { id: 'nexus', tab: 'Packet', target: 'nexus' } as const;
  if (!matters.length) return { ...base, done: false, text: "Write each matter's nexus to the trafficking once an entry is a candidate." };
  const missing = matters.filter((e) => !e.nexus.trim()).length;
  return missing
    ? {
        ...base,
        done: false,
        text:
          missing === matters.length
            ? `Write how ${missing === 1 ? 'the matter' : `each of the ${missing} matters`} was a direct result of the trafficking (Pen. Code § 236.14(a), (b)).`
            : `Write the nexus of ${missing} of ${matters.length} matters: how each was a direct result of the trafficking (Pen. Code § 236.14(a), (b)).`,
      }
    : { ...base, done: true, text: 'Every matter has its nexus to the trafficking.' };
}

function courtAgencyItem(matters: CaseEvent[]): ChecklistItem {
  if (!matters.length) return { id: 'court-agency', tab: 'Packet', target: 'agency', done: false, text: "Name each matter's court and prosecuting agency once an entry is a candidate." };
  const noCounty = matters.filter((e) => !e.county.trim());
  const noAgency = new Map<string, number>();
  let suggested = 0;
  for (const e of matters) {
    if (!e.county.trim()) continue;
    const choice = prosecutorFor(e);
    if (!choice.name) noAgency.set(e.county.trim(), (noAgency.get(e.county.trim()) ?? 0) + 1);
    else if (!choice.entered) suggested++;
  }
  const gaps = [
    ...(noCounty.length ? [`${plural(noCounty.length, 'matter')} without a county, so no court`] : []),
    ...[...noAgency].map(([county, n]) => `${county}: no prosecuting agency for ${plural(n, 'matter')}`),
  ];
  if (gaps.length) {
    // A missing county is fixed on the entry itself; an agency in the Packet tab.
    const first = noCounty[0];
    return {
      id: 'court-agency',
      tab: first ? 'Record' : 'Packet',
      target: first ? `event:${first.id}:county` : 'agency',
      done: false,
      text: `Name the court and the prosecuting agency to serve: ${gaps.join('; ')} (Pen. Code § 236.14(c)).`,
    };
  }
  return {
    id: 'court-agency',
    tab: 'Packet',
    target: 'agency',
    done: true,
    text: suggested
      ? `Every matter has a court and a prosecuting agency (${plural(suggested, 'agency', 'agencies')} suggested from the record: confirm ${suggested === 1 ? 'it' : 'them'}).`
      : 'Every matter has a court and a prosecuting agency.',
  };
}

function attorneyItem(c: ChecklistCase): ChecklistItem {
  const a = c.attorney;
  const missing = [
    ...(a.name.trim() ? [] : ['name']),
    ...(a.barNumber.trim() ? [] : ['State Bar number']),
    ...(a.address.street.trim() && a.address.city.trim() && a.address.zip.trim() ? [] : ['office address']),
    ...(a.phone.trim() ? [] : ['phone']),
    ...(a.email.trim() ? [] : ['email']),
  ];
  return missing.length
    ? { id: 'attorney', tab: 'Attorney', target: 'attorney', done: false, text: `Attorney details missing: ${missing.join(', ')} (the first page of every pleading shows them).` }
    : { id: 'attorney', tab: 'Attorney', target: 'attorney', done: true, text: 'Attorney details complete.' };
}

function exhibitFilesItem(c: ChecklistCase): ChecklistItem {
  const base = { id: 'exhibit-files', tab: 'Packet', target: 'exhibits' } as const;
  if (!c.evidence.length) return { ...base, done: true, text: 'No exhibits listed (official documentation helps but is not required: Pen. Code § 236.14(m)(2)).' };
  const without = c.evidence.filter((e) => !exhibitHasFile(e));
  return without.length
    ? { ...base, done: false, text: `Attach the ${without.length === 1 ? 'file' : 'files'} of ${plural(without.length, 'exhibit')}: ${listed(without.map((e) => e.title || 'untitled exhibit'))}.` }
    : { ...base, done: true, text: `Every exhibit has its file (${c.evidence.length}).` };
}

function fullNameItem(c: ChecklistCase): ChecklistItem {
  const lodged = new Set(c.drafting?.lodgedExhibitIds ?? []);
  const open = fullNameExhibits(c.evidence).filter((e) => !lodged.has(e.id));
  return open.length
    ? {
        id: 'full-name',
        tab: 'Packet',
        target: 'full-name',
        done: false,
        text: `${plural(open.length, 'exhibit')} may show the client's full name: redact ${open.length === 1 ? 'it' : 'them'} or lodge ${open.length === 1 ? 'it' : 'them'} under seal (Pen. Code § 236.14(q)).`,
      }
    : { id: 'full-name', tab: 'Packet', target: 'full-name', done: true, text: "No exhibit shows the client's full name in the public filing." };
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
  if (!petitions.size) return { ...base, done: false, text: 'Enter the hearing date once a matter with a county is a candidate.' };
  const missing = [...petitions.values()].filter((p) => !hearingFor(c.drafting, p.county, p.juvenile)?.date).map((p) => (p.juvenile ? `${p.county} (juvenile court)` : p.county));
  return missing.length
    ? { ...base, done: false, text: `Enter the hearing date the court set: ${missing.join(', ')}.` }
    : { ...base, done: true, text: `Hearing ${petitions.size === 1 ? 'date' : 'dates'} entered.` };
}

function serviceItem(c: ChecklistCase, asOf: string): ChecklistItem {
  const base = { id: 'service', tab: 'Packet', target: 'service' } as const;
  const agencies = c.prosecutingAgencies;
  if (!agencies.length) return { ...base, done: false, text: 'List the prosecuting agencies to serve; each has 45 days from receipt to respond (Pen. Code § 236.14(c)).' };
  const unserved = agencies.filter((a) => !a.servedOn.trim()).map((a) => a.name || a.county || 'an unnamed agency');
  if (unserved.length) return { ...base, done: false, text: `Record service on ${listed(unserved)} (Pen. Code § 236.14(c)).` };
  const next = nextDeadline(agencies, asOf);
  const when = !next
    ? ' Enter when each agency received it: the 45 days run from receipt (Pen. Code § 236.14(c)).'
    : next.passed
      ? ` The response period ended ${next.due} (Pen. Code § 236.14(d)).`
      : ` Response due from ${next.agency} by ${next.due} (Pen. Code § 236.14(c)).`;
  return { ...base, done: true, text: `Service recorded.${when}` };
}
