import type { CaseEvent, Client, EventKind, OffenseLevel } from '../model';
import { agencyInfo, titleCase } from './agency';
import type { LineRange, RapCharge, RapCount, RapCycle, RapDisposition, RapEvent, RapSheet, RapSubject } from './types';

/**
 * Stage 4: map a parsed RAP sheet to case events and client fields.
 *
 * One event per count (CNT:01-03 gives three). A count with a conviction disposition becomes a
 * `conviction` (an `adjudication` in juvenile court) dated by the court entry or the dated update
 * that convicted. Arrest counts whose charge no conviction in the cycle covers become `arrest`
 * events dated by the arrest, carrying the court's disposition of that charge when there is one
 * (dismissed, rejected ...); court counts that were not convicted and match no arrest count do
 * too. Custody, probation, registration and applicant entries add no events.
 */

export interface RapCaseEntry {
  event: CaseEvent;
  /** Source lines of the count the event came from. */
  lines: LineRange;
}

export interface RapCaseMapping {
  events: CaseEvent[];
  client: Partial<Client>;
  entries: RapCaseEntry[];
}

type Level = Exclude<OffenseLevel, never>;

const COURT_LIKE = new Set(['court', 'unknown']);
const ARREST_LIKE = new Set(['arrest', 'supplemental-arrest']);
const NO_EVENTS = new Set(['custody', 'probation', 'registration', 'applicant', 'mental-health', 'deceased']);

/** FNV-1a, base 36: a short stable id from the source key (pure, no randomness). */
export function stableHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function level(x: string | undefined): Level {
  return x === 'F' || x === 'M' || x === 'I' ? x : '';
}

function baseSection(section: string): string {
  return section.replace(/\(.*$/, '');
}

interface Conviction {
  date: string;
  dispo: RapDisposition;
}

/** CONVICTED, or a juvenile petition found true ("SUSTAINED", "DECLARED WARD"). */
function isConviction(d: RapDisposition): boolean {
  return d.type === 'convicted' || /^(PETITION\s+)?SUSTAINED\b|^(DECLARED\s+)?WARD\b/.test(d.text);
}

function convictionOf(count: RapCount, event: RapEvent): Conviction | null {
  const d = count.dispositions.find(isConviction);
  if (d) return { date: event.date, dispo: d };
  for (const u of count.updates) {
    const ud = u.dispositions.find(isConviction);
    if (ud) return { date: u.date || event.date, dispo: ud };
  }
  return null;
}

const POST_CONVICTION = new Set(['probation-revoked', 'sentence-modified', 'set-aside']);

/**
 * A dated PROBATION REVOKED, SENTENCE MODIFIED or 1203.4 set-aside printed under a count that
 * was dismissed can only concern a conviction: it belongs to the nearest convicted count above
 * it in the same entry (DOJ often prints case-level updates after the last count). Returns a
 * copy; the parsed sheet is not changed.
 */
function withPostConvictionUpdates(event: RapEvent): RapEvent {
  const counts = [...event.counts];
  let target = -1;
  let changed = false;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (convictionOf(count, event)) {
      target = i;
      continue;
    }
    if (target < 0) continue;
    const moved = count.updates.filter((u) => u.dispositions.length && u.dispositions.every((d) => POST_CONVICTION.has(d.type)));
    if (!moved.length) continue;
    const t = counts[target]!;
    counts[target] = { ...t, updates: [...t.updates, ...moved] };
    counts[i] = { ...count, updates: count.updates.filter((u) => !moved.includes(u)) };
    changed = true;
  }
  return changed ? { ...event, counts } : event;
}

/**
 * Last resort for a conviction with no CONV STATUS or TOC: only a felony can be punished by
 * state prison (PC 17(a)) or sentenced under PC 1170(h).
 */
function impliedFelony(count: RapCount, d: RapDisposition): Level {
  const prison = (d.sentence ?? count.sentence)?.parts.some((p) => p.kind === 'prison');
  return prison || count.flags.some((f) => f.startsWith('1170(H)')) ? 'F' : '';
}

function firstDisposition(count: RapCount): RapDisposition | undefined {
  return count.dispositions[0] ?? count.updates.find((u) => u.dispositions.length)?.dispositions[0];
}

/** The deciding disposition first, then the rest; dated updates carry their date: "CONVICTED; 2019-01-01: CONV SET ASIDE & DISM PER 1203.4 PC". */
function dispositionText(count: RapCount, main: RapDisposition | undefined): string {
  const parts: string[] = [];
  const undatedMain = main && count.dispositions.includes(main);
  if (undatedMain) parts.push(main.text);
  for (const d of count.dispositions) if (d !== main) parts.push(d.text);
  for (const u of count.updates) {
    for (const d of u.dispositions) parts.push(u.date ? `${u.date}: ${d.text}` : d.text);
  }
  return parts.join('; ');
}

function sentenceText(count: RapCount, main: RapDisposition | undefined): string {
  const parts: string[] = [];
  const first = main?.sentence?.text || count.sentence?.text;
  if (first) parts.push(first);
  for (const u of count.updates) {
    for (const d of u.dispositions) {
      if (d !== main && d.sentence) parts.push(u.date ? `from ${u.date}: ${d.sentence.text}` : d.sentence.text);
    }
  }
  return parts.join('; ');
}

function notesFor(count: RapCount, event: RapEvent, cycle: RapCycle): string[] {
  const notes: string[] = [];
  const all: Array<{ d: RapDisposition; date: string }> = [
    ...count.dispositions.map((d) => ({ d, date: event.date })),
    ...count.updates.flatMap((u) => u.dispositions.map((d) => ({ d, date: u.date || event.date }))),
  ];
  for (const { d, date } of all) {
    const on = date ? ` on ${date}` : '';
    if (d.type === 'set-aside') notes.push(`Conviction set aside and dismissed under PC ${d.section || '1203.4'}${on}.`);
    if (d.type === 'probation-revoked') notes.push(`Probation revoked${on}.`);
    if (d.type === 'sentence-modified') notes.push(`Sentence modified${on}.`);
  }
  for (const r of [...event.notes, ...count.notes]) {
    const on = r.date ? ` on ${r.date}` : '';
    notes.push(
      r.kind === 'arrest-relief-granted'
        ? `Arrest relief granted under PC ${r.section}${on}.`
        : `Relief granted under PC ${r.section}${on}.`,
    );
  }
  if (count.charge?.fromComment) notes.push('Charge read from the COM: CHRG- comment line.');
  if (count.flags.length) notes.push(`Flags: ${count.flags.join(' ')}.`);
  if (cycle.strike) notes.push('DOJ marked this cycle POTENTIAL FELONY STRIKE ENTRY.');
  return notes;
}

function chargeFields(charge: RapCharge | null) {
  return {
    code: charge?.code ?? '',
    section: charge?.section ?? '',
    description: charge?.description ?? '',
  };
}

function subjectKey(subject: RapSubject): string {
  const key = subject.cii || subject.names[0]?.name || 'unknown';
  return key.replace(/\s+/g, '_');
}

/**
 * Maps a parsed sheet to case events (with the source lines of each) and client fields.
 * Each event's `source` is a stable key, `rap:<cii>:<cycle date>:<entry date>:<case no>:<count>:<kind>`,
 * so importing the same sheet again can skip what is already in the case.
 * @example rapSheetToCase(parseRapSheet(text)).events.filter((e) => e.kind === 'conviction')
 */
export function rapSheetToCase(sheet: RapSheet): RapCaseMapping {
  const entries: RapCaseEntry[] = [];
  const usedSources = new Map<string, number>();
  const who = subjectKey(sheet.subject);

  const emit = (
    kind: EventKind,
    cycle: RapCycle,
    event: RapEvent,
    count: RapCount,
    fields: Omit<Partial<CaseEvent>, 'kind' | 'id' | 'source'>,
  ) => {
    let source = ['rap', who, cycle.date || '-', event.date || '-', count.caseNumber.replace(/\s+/g, '') || '-', count.number, kind].join(':');
    const seen = usedSources.get(source) ?? 0;
    usedSources.set(source, seen + 1);
    if (seen) source += `#${seen + 1}`;
    const ev: CaseEvent = {
      id: `rap-${stableHash(source)}`,
      kind,
      date: '',
      county: '',
      court: '',
      agency: '',
      caseNumber: count.caseNumber,
      code: '',
      section: '',
      description: '',
      level: '',
      disposition: '',
      sentence: '',
      jurisdiction: '',
      attempted: count.attempted || !!count.charge?.attempted,
      enhancements: [],
      answers: {},
      source,
      notes: '',
      ...fields,
    };
    entries.push({ event: ev, lines: [count.lines[0], count.lines[1]] });
  };

  for (const cycle of sheet.cycles) {
    const events = cycle.events.map(withPostConvictionUpdates);
    const arrestEvent = events.find((e) => ARREST_LIKE.has(e.kind));
    const arrestAgency = arrestEvent?.agency ?? '';
    const arrestInfo = agencyInfo(arrestAgency);

    // Convictions first, so arrest counts can be matched against them.
    const convictedKeys: string[] = [];
    const convictionSummary: string[] = [];
    const openCourtCounts: Array<{ event: RapEvent; count: RapCount }> = [];
    for (const event of events) {
      if (NO_EVENTS.has(event.kind)) continue;
      const court = agencyInfo(event.agency);
      for (const count of event.counts) {
        const conv = convictionOf(count, event);
        if (!conv) {
          if (COURT_LIKE.has(event.kind)) openCourtCounts.push({ event, count });
          continue;
        }
        const ch = chargeFields(count.charge);
        const juvenile =
          court.juvenile ||
          /\b(SUSTAINED|WARD)\b/.test(conv.dispo.text) ||
          (ch.code === 'WI' && ch.section.startsWith('602'));
        const updateSeverity = count.updates.flatMap((u) => u.dispositions).find((d) => d.severity)?.severity;
        const lvl =
          level(conv.dispo.severity) ||
          level(count.severity) ||
          level(updateSeverity) ||
          level(count.charge?.level) ||
          level(count.toc) ||
          level(event.toc) ||
          impliedFelony(count, conv.dispo);
        const jurisdiction = ch.code === 'USC' ? 'federal' : court.jurisdiction || (ARREST_LIKE.has(event.kind) ? arrestInfo.jurisdiction : '');
        emit(juvenile ? 'adjudication' : 'conviction', cycle, event, count, {
          ...ch,
          date: conv.date,
          county: court.county || arrestInfo.county,
          court: ARREST_LIKE.has(event.kind) ? '' : event.agency,
          agency: arrestAgency,
          level: lvl,
          disposition: dispositionText(count, conv.dispo),
          sentence: sentenceText(count, conv.dispo),
          jurisdiction,
          notes: notesFor(count, event, cycle).join(' '),
        });
        convictedKeys.push(`${ch.code}|${ch.section}`);
        const summary = `${ch.code} ${ch.section}`.trim() + (conv.date ? ` on ${conv.date}` : '');
        if (!convictionSummary.includes(summary)) convictionSummary.push(summary);
      }
    }

    // Arrest counts: skip those a conviction covers; carry the court's disposition otherwise.
    const takeMatch = <T>(list: T[], keyOf: (t: T) => string, charge: RapCharge | null): T | undefined => {
      if (!charge?.section) return undefined;
      const exact = `${charge.code}|${charge.section}`;
      let i = list.findIndex((t) => keyOf(t) === exact);
      if (i < 0) i = list.findIndex((t) => baseSection(keyOf(t)) === baseSection(exact));
      return i < 0 ? undefined : list.splice(i, 1)[0];
    };
    const remainingConvictions = [...convictedKeys];
    const keyOfCourt = (x: { count: RapCount }) => `${x.count.charge?.code ?? ''}|${x.count.charge?.section ?? ''}`;
    for (const event of events) {
      if (!ARREST_LIKE.has(event.kind)) continue;
      const info = agencyInfo(event.agency);
      for (const count of event.counts) {
        if (convictionOf(count, event)) continue;
        if (takeMatch(remainingConvictions, (k) => k, count.charge)) continue;
        const court = takeMatch(openCourtCounts, keyOfCourt, count.charge);
        const own = firstDisposition(count);
        const courtDispo = court ? firstDisposition(court.count) : undefined;
        const notes = notesFor(count, event, cycle);
        if (court) notes.push(...notesFor(court.count, court.event, cycle).filter((x) => !notes.includes(x)));
        if (!own && !courtDispo && convictionSummary.length) {
          notes.push(`Same cycle as the conviction for ${convictionSummary.join(', ')}.`);
        }
        const ch = chargeFields(count.charge);
        emit('arrest', cycle, event, count, {
          ...ch,
          date: event.date,
          county: info.county || (court ? agencyInfo(court.event.agency).county : ''),
          court: court?.event.agency ?? '',
          agency: event.agency,
          caseNumber: court?.count.caseNumber || count.caseNumber,
          level: level(count.charge?.level) || level(count.toc) || level(event.toc),
          disposition: [own ? dispositionText(count, own) : '', court ? dispositionText(court.count, courtDispo) : '']
            .filter(Boolean)
            .join('; '),
          jurisdiction: ch.code === 'USC' ? 'federal' : info.jurisdiction,
          notes: notes.join(' '),
        });
      }
    }

    // Court counts not convicted and matching no arrest count (charges filed by the prosecutor).
    for (const { event, count } of openCourtCounts) {
      const info = agencyInfo(event.agency);
      const ch = chargeFields(count.charge);
      const d = firstDisposition(count);
      emit('arrest', cycle, event, count, {
        ...ch,
        date: arrestEvent?.date || event.date,
        county: info.county || arrestInfo.county,
        court: event.agency,
        agency: arrestAgency,
        level: level(count.charge?.level) || level(count.toc) || level(event.toc),
        disposition: dispositionText(count, d),
        jurisdiction: ch.code === 'USC' ? 'federal' : info.jurisdiction,
        notes: notesFor(count, event, cycle).join(' '),
      });
    }
  }

  return { events: entries.map((e) => e.event), client: clientFields(sheet.subject), entries };
}

const EYES: Record<string, string> = {
  BLK: 'Black', BLU: 'Blue', BRO: 'Brown', GRY: 'Gray', GRN: 'Green', HAZ: 'Hazel', MAR: 'Maroon', MUL: 'Multicolored', PNK: 'Pink',
};
const HAIR: Record<string, string> = {
  BAL: 'Bald', BLK: 'Black', BLN: 'Blond', BLU: 'Blue', BRO: 'Brown', GRY: 'Gray', GRN: 'Green', ONG: 'Orange', PLE: 'Purple',
  PNK: 'Pink', RED: 'Red', SDY: 'Sandy', WHI: 'White',
};

/** "DOE,JANE MARIE" -> { lastName: 'Doe', firstName: 'Jane', middleName: 'Marie' }. */
export function splitName(name: string): { firstName: string; middleName: string; lastName: string } {
  const m = /^([^,]+),\s*(.*)$/.exec(name.trim());
  if (!m) return { firstName: '', middleName: '', lastName: titleCase(name.trim()) };
  const [first = '', ...middle] = m[2]!.trim().split(/\s+/);
  return { lastName: titleCase(m[1]!.trim()), firstName: titleCase(first), middleName: titleCase(middle.join(' ')) };
}

function displayName(name: string): string {
  const { firstName, middleName, lastName } = splitName(name);
  const given = [firstName, middleName].filter(Boolean).join(' ');
  return given ? `${lastName}, ${given}` : lastName;
}

/** HGT/504 -> 5'04". */
function height(raw: string): string {
  const m = /^(\d)(\d{2})$/.exec(raw);
  return m ? `${m[1]}'${m[2]}"` : raw;
}

function clientFields(s: RapSubject): Partial<Client> {
  const out: Partial<Client> = {};
  const primary = s.names[0]?.name;
  if (primary) Object.assign(out, splitName(primary));
  const aliases: string[] = [];
  const primaryDisplay = primary ? displayName(primary) : '';
  for (const n of s.names.slice(1)) {
    const d = displayName(n.name);
    if (d && d !== primaryDisplay && !aliases.includes(d)) aliases.push(d);
  }
  if (aliases.length) out.aliases = aliases;
  if (s.dob) out.dob = s.dob;
  if (s.sex === 'F' || s.sex === 'M' || s.sex === 'X') out.sex = s.sex;
  if (s.cii) out.cii = s.cii;
  if (s.placeOfBirth) out.placeOfBirth = s.placeOfBirth;
  if (s.height) out.height = height(s.height);
  if (s.weight) out.weight = s.weight;
  if (s.eyes) out.eyeColor = EYES[s.eyes] ?? s.eyes;
  if (s.hair) out.hairColor = HAIR[s.hair] ?? s.hair;
  if (s.driversLicenses[0]) out.driversLicense = s.driversLicenses[0];
  return out;
}
