import type { ParseState, TokenOf } from './parse-state';
import type { RapCharge, RapCount, RapEvent, RapEventKind } from './types';

/**
 * Counts (CNT:) and their charges. A count opens with its CNT: line and holds the charge line,
 * flags and, when the printed charge says SEE COMMENT FOR CHARGE, the charge a COM: CHRG- line
 * gives (parse-dispo). Counts are numbered and checked when they close (ParseState).
 */

export function emptyCount(number: number, range: [number, number] | null, caseNumber: string, line: number): RapCount {
  return {
    number,
    range,
    caseNumber,
    flags: [],
    attempted: false,
    charge: null,
    otherCharges: [],
    toc: '',
    severity: '',
    sentence: null,
    arrestBy: '',
    warrant: '',
    comments: [],
    dispositions: [],
    updates: [],
    notes: [],
    extra: [],
    lines: [line, line],
  };
}

/** Entries whose counts must each name a charge (a missing one is warned about). */
export function needsCharge(kind: RapEventKind): boolean {
  return kind === 'arrest' || kind === 'supplemental-arrest' || kind === 'court' || kind === 'unknown';
}

/** Completes an entry's counts once all are read. */
export function finishCounts(e: RapEvent): void {
  // Counts after the first share its case number unless they print their own.
  let caseNumber = '';
  for (const c of e.counts) {
    if (c.caseNumber) caseNumber = c.caseNumber;
    else c.caseNumber = caseNumber;
  }
  // CNT:01-03 is three counts sharing one charge line (R39).
  if (e.counts.some((c) => c.range)) {
    const expanded: RapCount[] = [];
    for (const c of e.counts) {
      if (!c.range) {
        expanded.push(c);
        continue;
      }
      const [from, to] = c.range;
      for (let k = from; k <= to; k++) expanded.push(k === from ? c : { ...structuredClone(c), number: k });
    }
    e.counts = expanded;
  }
}

/**
 * A charge line for the open count. A second charge replaces a first that had no section (a
 * description printed alone, not a SEE COMMENT placeholder) and is otherwise kept as one of the
 * count's other charges.
 */
export function setCharge(s: ParseState, charge: RapCharge): void {
  const c = s.count!;
  if (!c.charge) c.charge = charge;
  else if (!c.charge.section && !c.charge.seeComment) {
    c.charge = { ...charge, description: charge.description || c.charge.description };
  } else c.otherCharges.push(charge);
  if (charge.attempted) c.attempted = true;
  s.cont = 'charge';
  s.gap = false;
}

/** SEE COMMENT FOR CHARGE: a placeholder until a COM: CHRG- line names the charge (R40). */
export function readSeeComment(s: ParseState, tok: TokenOf<'seeComment'>): void {
  const c = s.count ?? s.ensureCount(tok.line, 'SEE COMMENT FOR CHARGE');
  if (!c.charge || !c.charge.fromComment) {
    c.charge = {
      code: '',
      section: '',
      description: '',
      attempted: false,
      level: '',
      fromComment: false,
      seeComment: true,
      line: tok.line,
    };
  }
  s.cont = null;
}

export function readFlags(s: ParseState, tok: TokenOf<'flags'>): void {
  const c = s.count ?? s.ensureCount(tok.line, 'flag line');
  for (const f of tok.flags) {
    c.flags.push(f);
    if (/^-\s?ATT?EMPT/.test(f)) c.attempted = true; // R41
  }
}
