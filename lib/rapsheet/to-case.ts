import type { CaseEvent, Client, EventKind } from '../model';
import { agencyInfo } from './agency';
import { clientFields } from './client-fields';
import { convictionKind, convictionOf, withPostConvictionUpdates } from './conviction';
import { dispositionText, notesFor, sentenceText } from './event-text';
import { chargeLevel, convictionLevel } from './offense-level';
import type { LineRange, RapCharge, RapCount, RapCycle, RapDisposition, RapEvent, RapSheet, RapSubject } from './types';

export { splitName } from './client-fields';

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

function baseSection(section: string): string {
  return section.replace(/\(.*$/, '');
}

function firstDisposition(count: RapCount): RapDisposition | undefined {
  return count.dispositions[0] ?? count.updates.find((u) => u.dispositions.length)?.dispositions[0];
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
      offenseDate: '',
      nexus: '',
      prosecutingAgency: '',
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
        const jurisdiction = ch.code === 'USC' ? 'federal' : court.jurisdiction || (ARREST_LIKE.has(event.kind) ? arrestInfo.jurisdiction : '');
        emit(convictionKind(court.juvenile, conv, ch), cycle, event, count, {
          ...ch,
          date: conv.date,
          county: court.county || arrestInfo.county,
          court: ARREST_LIKE.has(event.kind) ? '' : event.agency,
          agency: arrestAgency,
          level: convictionLevel(count, event, conv.dispo),
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
          level: chargeLevel(count, event),
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
        level: chargeLevel(count, event),
        disposition: dispositionText(count, d),
        jurisdiction: ch.code === 'USC' ? 'federal' : info.jurisdiction,
        notes: notesFor(count, event, cycle).join(' '),
      });
    }
  }

  return { events: entries.map((e) => e.event), client: clientFields(sheet.subject), entries };
}
