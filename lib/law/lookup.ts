/**
 * lookupOffense(): what the catalog says about a code + section as written on a record.
 */
import { findEntry, matchListings, type CatalogEntry } from './catalog';
import { offenseFacts } from './facts';
import type { Listing } from './types';

export interface OffenseInfo {
  /** Normalised code ('PC', 'HS', 'USC' ...; '' when unknown). */
  code: string;
  /** Canonical section, e.g. '647(b)(1)'; '' when unreadable. */
  section: string;
  attempted: boolean;
  /** The most specific catalog entry (title, DOJ literals, levels), or null when not in the catalog. */
  entry: CatalogEntry | null;
  /** Listed in § 667.5(c) as written (with `note` when it depends on a fact such as a gang finding). */
  violent: Listing | null;
  /** Subdivisions listed in § 667.5(c) that the section as written does not show (e.g. 261 → 261(a)(2)). */
  violentIfSubdivision: { section: string; paragraph: string }[];
  /** Listed in § 1192.7(c) as written. */
  serious: Listing | null;
}

const CONDITION_NOTE: Record<string, string> = {
  gang: 'if it would also be a felony violation of § 186.22',
  'person-present': 'if first degree and a person other than an accomplice was present',
  drugging: 'if the drugging of the victim was pleaded and proved',
  'former-section': 'former section; needs attorney review',
};

/**
 * @example lookupOffense('PC', '451 (d)') // { section: '451(d)', violent: null, entry: { title: 'Arson of property', ... } }
 * @example lookupOffense('pc', '211').violent // { paragraph: '9' }
 */
export function lookupOffense(code: string, section: string): OffenseInfo {
  const f = offenseFacts(code, section, 'F', '');
  const s = f.section;
  if (!s) return { code: f.code, section: '', attempted: false, entry: null, violent: null, violentIfSubdivision: [], serious: null };
  const listingCode = f.code || 'PC';
  const usable = listingCode === 'PC' || listingCode === 'HS';
  const v = usable ? matchListings(f.index?.violent, s.subs, s.attempted) : null;
  const sr = usable ? matchListings(f.index?.serious, s.subs, s.attempted) : null;
  const vFull = v?.full.find((l) => !l.condition) ?? v?.full[0];
  const sFull = sr?.full[0];
  return {
    code: f.code,
    section: s.text,
    attempted: s.attempted,
    entry: findEntry(f.index, s.subs),
    violent: vFull ? (vFull.condition ? { paragraph: vFull.paragraph, note: CONDITION_NOTE[vFull.condition]! } : { paragraph: vFull.paragraph }) : null,
    violentIfSubdivision: (v?.partial ?? []).map((l) => ({ section: l.section, paragraph: l.paragraph })),
    serious: sFull ? (sFull.note ? { paragraph: sFull.paragraph, note: sFull.note } : { paragraph: sFull.paragraph }) : null,
  };
}
