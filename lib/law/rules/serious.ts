/**
 * Serious felony status under Pen. Code § 1192.7(c). Shown to the attorney; it does not bar
 * vacatur (only § 667.5(c) does, § 236.14(t)(1)), but it matters for strikes and for automatic
 * relief (§ 1203.425). Felonies only: a misdemeanor is never a serious felony.
 */
import { SERIOUS_PARAGRAPHS, matchListings, type IndexedListing } from '../catalog';
import type { EventFacts } from '../facts';
import type { Listing, Reason } from '../types';

/** § 1192.7(c) paragraphs that are assaults, which (c)(39) excludes from "any attempt". */
const ASSAULT_PARAGRAPHS = new Set(['10', '11', '12', '13', '29', '30', '31', '32']);
const SECOND_DEGREE = /\b(?:2ND|SECOND)\b|COMMERC/i;
const FIRST_DEGREE = /\b(?:1ST|FIRST)\b|RESIDEN|INHABIT/i;

function fromListing(f: EventFacts, l: IndexedListing, inPeriod: boolean): Listing | null {
  if (l.paragraph === '42') {
    // § 1192.7(c)(42) excepts § 236.1(c)(1) when the defendant was a trafficking victim at the time.
    const sub = f.section!.subs[1];
    if (sub === '1' && inPeriod) return null;
    if (sub === undefined) return { paragraph: '42', note: 'unless it was § 236.1(c)(1) and the client was a trafficking victim at the time' };
    if (sub === '1') return { paragraph: '42', note: 'unless the client was a trafficking victim at the time' };
  }
  if (l.base === '459') {
    const desc = f.event.description ?? '';
    if (SECOND_DEGREE.test(desc)) return null;
    if (FIRST_DEGREE.test(desc)) return { paragraph: l.paragraph };
  }
  return l.note ? { paragraph: l.paragraph, note: l.note } : { paragraph: l.paragraph };
}

/**
 * @param inPeriod the count's date falls in a trafficking period (for the (c)(42) exception).
 * @example seriousStatus(eventFacts({ ...ev, section: '245(a)(1)', level: 'F' }), true) // { paragraph: '31' }
 */
export function seriousStatus(f: EventFacts, inPeriod: boolean): Listing | null {
  if (f.jurisdiction !== 'california' || !f.section || f.level === 'M' || f.level === 'I') return null;
  if (f.enhancements.length > 0) return computeSerious(f, inPeriod);
  // Shared between counts of the same offense (read-only).
  const k = `${f.level}|${f.attempted ? 1 : 0}|${inPeriod ? 1 : 0}|${f.label}`;
  let byKey = SHARED.get(f.offense);
  if (!byKey) SHARED.set(f.offense, (byKey = new Map()));
  let out = byKey.get(k);
  if (out === undefined) byKey.set(k, (out = computeSerious(f, inPeriod)));
  return out;
}

const SHARED = new WeakMap<object, Map<string, Listing | null>>();

function computeSerious(f: EventFacts, inPeriod: boolean): Listing | null {
  if (!f.section) return null;
  for (const e of f.enhancements) if (e.known?.serious) return { paragraph: e.known.serious };
  if (f.code !== 'PC' && f.code !== 'HS' && f.californiaCode) return null;
  const listings = f.index?.serious;
  const subs = f.section.subs;
  if (f.section.conspiracy) {
    const t = matchListings(listings, subs, false);
    return t.full.length || t.partial.length ? { paragraph: '43' } : null;
  }
  if (f.attempted) {
    const a = matchListings(listings, subs, true);
    if (a.full[0]) return { paragraph: a.full[0].paragraph };
    const t = matchListings(listings, subs, false).full[0];
    if (!t) return null;
    if (t.paragraph === '7') return { paragraph: '22' };
    return ASSAULT_PARAGRAPHS.has(t.paragraph) ? null : { paragraph: '39' };
  }
  const m = matchListings(listings, subs, false);
  if (m.full[0]) return fromListing(f, m.full[0], inPeriod);
  if (m.partial[0]) return { paragraph: m.partial[0].paragraph, note: 'depending on the subdivision' };
  return null;
}

/** The reason shown for a serious (not violent) felony. */
export function seriousReason(f: EventFacts, s: Listing): Reason {
  const cap = f.label.charAt(0).toUpperCase() + f.label.slice(1);
  const what = SERIOUS_PARAGRAPHS[s.paragraph];
  const text = s.note
    ? `${cap} may be a serious felony under § 1192.7(c)(${s.paragraph}) (${what}) ${s.note}. Serious status does not bar vacatur; only violent felonies (§ 667.5(c)) do.`
    : `${cap} is a serious felony under § 1192.7(c)(${s.paragraph}) (${what}), but only violent felonies (§ 667.5(c)) bar vacatur.`;
  return { text, cite: `Pen. Code § 236.14(t)(1); § 1192.7(c)(${s.paragraph})` };
}
