import { readDetailLine } from './parse-detail';
import type { ParseState, TokenOf } from './parse-state';
import { parseRapDate } from './rap-date';
import type { RapEvent, RapEventKind, RapUpdate } from './types';

/**
 * Entry headers: the identifier line (ARR/DET/CITE, COURT, CUSTODY ...), the NAM: and DOB
 * lines under it, and the date line that follows with the agency. A date line further down,
 * under a count, opens a dated update of that count instead.
 */

const AGENCY_LEAD = /^[.'\s]+/;
const WS_RUN = /\s+/g;
const ARREST_KINDS: ReadonlySet<RapEventKind> = new Set(['arrest', 'supplemental-arrest']);

export function readEventLine(s: ParseState, tok: TokenOf<'event'>): void {
  // An arrest after a court or custody entry with no * * * * between them starts a new
  // incident: the cycle delimiter was lost (OCR) or never printed.
  const cycle = s.cycle;
  if (
    tok.event === 'arrest' &&
    cycle &&
    cycle.events.some((e) => !ARREST_KINDS.has(e.kind)) &&
    !s.dashesSinceEvent
  ) {
    s.warn(tok.line, 'ARR/DET/CITE after a court or custody entry without a cycle delimiter (* * * *); read as a new cycle');
    s.newCycle(tok.line);
  }
  const e = s.newEvent(tok.event, tok.label, tok.line);
  e.nameCode = tok.nameCode;
  e.dob = tok.dob ? parseRapDate(tok.dob) : '';
  if (tok.rest?.kind === 'date') readEntryDate(s, tok.rest);
}

/** NAM: under the identifier: which of the subject's names the entry was recorded under. */
export function readEntryName(s: ParseState, tok: TokenOf<'nam'>): void {
  const event = s.event;
  if (event && !event.date) {
    event.nameCode = tok.nameCode;
    if (tok.dob) event.dob = parseRapDate(tok.dob);
  }
}

/** TAG/ fields under the identifier: only DOB/ is read, as the entry's date of birth. */
export function readEntrySubjectLine(s: ParseState, tok: TokenOf<'subject'>): void {
  for (const [tag, value] of tok.fields) {
    const event = s.event;
    if (tag === 'DOB' && event && !event.date) event.dob = parseRapDate(value.split(/\s+/)[0] ?? '');
  }
}

export function readEntryDate(s: ParseState, tok: TokenOf<'date'>): void {
  if (!tok.date) s.warn(tok.line, `date "${tok.raw}" is not a real calendar date`);
  const isDispo = tok.rest?.kind === 'dispo';
  const event = s.event;
  if (event && !event.date && !event.counts.length && !isDispo) {
    // The entry's own date line: the rest is the agency, sometimes with the TOC printed after it.
    event.date = tok.date;
    let agency = tok.text;
    if (agency.includes('TOC')) {
      agency = agency.replace(/\s+TOC\s*[:;]\s*([MFIN])\b.*$/, (_, t: string) => {
        event.toc = t as RapEvent['toc'];
        return '';
      });
    }
    event.agency = agency.replace(AGENCY_LEAD, '').replace(WS_RUN, ' ').trim();
    s.cont = null;
    return;
  }
  const count = s.count;
  if (count) {
    const u: RapUpdate = { date: tok.date, dispositions: [], comments: [], lines: [tok.line, tok.line] };
    count.updates.push(u);
    s.update = u;
    s.lastDispo = null;
    s.cont = null;
    if (tok.rest) readDetailLine(s, tok.rest);
    return;
  }
  if (event && isDispo) {
    s.ensureCount(tok.line, 'DISPO:');
    readEntryDate(s, tok);
    return;
  }
  if (event) {
    if (tok.date) s.warn(tok.line, 'date line before the first count of the entry ignored');
    return;
  }
  // A date line with no identifier: the identifier was lost or never printed.
  const e = s.ensureEvent(tok.line, 'date line');
  e.date = tok.date;
  e.agency = tok.text.replace(/\s+/g, ' ').trim();
}
