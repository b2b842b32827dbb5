/**
 * Prior relief already on the record, read from an event's disposition and notes text.
 *
 * DOJ prints post-relief notes on the RAP sheet (reference california-law.md § 6.5 and § 9.4
 * R36-R38): "CONV SET ASIDE & DISM PER 1203.4 PC", "RELIEF GRANTED PER 1203.425 PC"
 * (§ 1203.425(a)(2)(B)), "ARREST RELIEF GRANTED ... PER 851.93 PC" (§ 851.93(b)(2)) and, for
 * court-ordered sealing, "ARREST RELIEF GRANTED ... PER 851.91 PC" (§ 851.92(b)(2)(B)).
 * lib/rapsheet/to-case.ts turns them into dispositions ("2014-09-09: CONV SET ASIDE ...") and
 * notes ("Conviction set aside and dismissed under PC 1203.4 on 2014-09-09."); staff type
 * their own wording ("Set aside per 1203.4 (2019-02-01)"). All of these are read here.
 */
import type { CaseEvent } from '@/lib/model';
import type { Reason } from '@/lib/law';

export type PriorReliefKind = 'vacated' | 'arrest-relief' | 'conviction-relief' | 'set-aside' | 'sealed' | 'reduced' | 'dismissed';

/** One piece of relief the record already shows for an entry. */
export interface PriorRelief {
  kind: PriorReliefKind;
  /** Plain-English name of the relief: "Conviction set aside and dismissed". */
  label: string;
  /** Section as written in the cite, lower-case subdivision letters: '1203.4a', '851.93'; '' when the record names none. */
  section: string;
  /** 'Pen. Code § 1203.4', or '' when no section is named. */
  cite: string;
  /** ISO date of the relief when the text gives one, else ''. */
  date: string;
  /** The clause of the disposition or notes it was read from. */
  source: string;
  /** What the relief means for vacatur, with its citation. */
  note: Reason;
}

interface Pattern {
  kind: PriorReliefKind;
  test: RegExp;
  label: string;
  /** The section DOJ means when the note names none (§ 6.5 of the reference). */
  defaultSection: string;
}

/**
 * Tried in order; the first that matches a clause wins. "Arrest relief" before "relief granted",
 * and "set aside" before "dismissed" ("CONV SET ASIDE & DISM PER 1203.4 PC" is one set-aside).
 */
const PATTERNS: Pattern[] = [
  { kind: 'vacated', test: /\bVACAT(?:ED|UR|ION)\b/i, label: 'Vacated', defaultSection: '' },
  { kind: 'arrest-relief', test: /\bARREST\s+RELIEF\b/i, label: 'Arrest relief granted', defaultSection: '851.93' },
  { kind: 'conviction-relief', test: /\bRELIEF\s+GRANTED\b/i, label: 'Conviction relief granted', defaultSection: '1203.425' },
  { kind: 'set-aside', test: /\bSET\s*-?\s*ASIDE\b|\bDISM(?:ISSED)?\s+(?:PER|UNDER)\s+(?:PC\s+)?1203\.4/i, label: 'Conviction set aside and dismissed', defaultSection: '1203.4' },
  { kind: 'sealed', test: /\bSEAL(?:ED|ING)?\b/i, label: 'Record sealed', defaultSection: '' },
  { kind: 'reduced', test: /\bREDUCED\s+TO\s+(?:A\s+)?MISD|\b17\s*\(\s*B\s*\)/i, label: 'Reduced to a misdemeanor', defaultSection: '17(b)' },
  // A dismissal is listed, but it is how a charge ended, not relief granted (see isGrantedRelief).
  { kind: 'dismissed', test: /\bDISMISS(?:ED|AL)?\b|\bDISM\b|\b1385\b/i, label: 'Dismissed', defaultSection: '' },
];

/** Relief refused is not relief. */
const REFUSED = /\b(?:DENIED|NOT\s+GRANTED|REVERSED|WITHDRAWN)\b/i;

const NOTE_VACATED: Reason = {
  text: 'Vacatur is on the record: check that every agency sealed and then destroyed its records.',
  cite: 'Pen. Code § 236.14(k)',
};
const NOTE_GOES_FURTHER: Reason = {
  text: 'This relief does not bar vacatur, which goes further: the arrest and any conviction are deemed not to have occurred, and the records are sealed and destroyed.',
  cite: 'Pen. Code § 236.14(t)(2)',
};

const NOTE_DISMISSED: Reason = {
  text: 'Not relief: the arrest is still on the record, and vacatur may be sought for arrests as well as convictions.',
  cite: 'Pen. Code § 236.14(a)',
};

/**
 * True for relief a court or DOJ granted on a record (set aside, relief granted, sealed, reduced,
 * vacated); false for a dismissal, which the summary lists apart and never shows as relief.
 * @example isGrantedRelief({ kind: 'dismissed' }) // false
 */
export function isGrantedRelief(r: Pick<PriorRelief, 'kind'>): boolean {
  return r.kind !== 'dismissed';
}

/** Splits disposition and notes text into clauses ("; " between dispositions, sentences in notes). */
function clauses(text: string): string[] {
  return text
    .split(/;\s*|\.\s+(?=[A-Z(])|\n+/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter(Boolean);
}

/** The first date in a clause: 2014-09-09, 20140909 or 9/9/2014. */
function dateIn(clause: string): string {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(clause);
  if (iso) return iso[0];
  const compact = /\b((?:19|20)\d{2})(\d{2})(\d{2})\b/.exec(clause);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const us = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(clause);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return '';
}

/** The section a clause names: after PER / UNDER / §, else any dotted section, else 1385 or 17(b). */
function sectionIn(clause: string): string {
  const after = /(?:\bPER|\bUNDER|\bPURSUANT\s+TO|§)\s*(?:PC\s*|WIC\s*|Pen\.?\s*Code,?\s*(?:§\s*)?|Welf\.?\s*&\s*Inst\.?\s*Code,?\s*(?:§\s*)?)?(\d{1,4}(?:\.\d{1,3})?[A-Za-z]?(?:\s*\([A-Za-z0-9]{1,3}\))*)/i.exec(clause);
  const dotted = /\b(\d{2,4}\.\d{1,3}[A-Za-z]?)(?![\d.])/.exec(clause);
  const bare = /\b(1385|17\s*\(\s*[Bb]\s*\))/.exec(clause);
  const raw = after?.[1] ?? dotted?.[1] ?? bare?.[1] ?? '';
  // 20230701 after "GRANTED" is a date, never a section.
  if (/^\d{8}$/.test(raw)) return dotted?.[1] ? normalizeSection(dotted[1]) : '';
  return normalizeSection(raw);
}

function normalizeSection(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function citeFor(clause: string, section: string): string {
  if (!section) return '';
  const welfare = /\bWIC\b|\bW\s*&\s*I\b|Welf/i.test(clause);
  return `${welfare ? 'Welf. & Inst. Code' : 'Pen. Code'} § ${section}`;
}

/** Reads one clause; null when it records no relief. */
export function readReliefClause(clause: string): PriorRelief | null {
  if (REFUSED.test(clause)) return null;
  const p = PATTERNS.find((x) => x.test.test(clause));
  if (!p) return null;
  const section = sectionIn(clause) || p.defaultSection;
  return {
    kind: p.kind,
    label: p.label,
    section,
    cite: citeFor(clause, section),
    date: dateIn(clause),
    source: clause,
    note: p.kind === 'vacated' ? NOTE_VACATED : p.kind === 'dismissed' ? NOTE_DISMISSED : NOTE_GOES_FURTHER,
  };
}

/**
 * The relief an event's disposition and notes show, one per kind and section (the RAP sheet's
 * disposition and the note made from it describe the same relief; the dated one is kept).
 * @example priorReliefOf({ disposition: 'CONVICTED; 2014-09-09: CONV SET ASIDE & DISM PER 1203.4 PC', notes: '' })
 *   // [{ kind: 'set-aside', section: '1203.4', date: '2014-09-09', cite: 'Pen. Code § 1203.4', ... }]
 */
export function priorReliefOf(event: Pick<CaseEvent, 'disposition' | 'notes'>): PriorRelief[] {
  const out: PriorRelief[] = [];
  for (const clause of [...clauses(event.disposition ?? ''), ...clauses(event.notes ?? '')]) {
    const r = readReliefClause(clause);
    if (!r) continue;
    const same = out.find((o) => o.kind === r.kind && (o.section === r.section || !o.section || !r.section));
    if (!same) out.push(r);
    else {
      if (!same.date && r.date) same.date = r.date;
      if (!same.section && r.section) Object.assign(same, { section: r.section, cite: r.cite });
    }
  }
  return out;
}
