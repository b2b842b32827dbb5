import { agencyInfo, titleCase } from './agency';

/**
 * A human label for a RAP-sheet agency or court outside California: "NVSO CLARK CO" reads
 * "Clark County, NV", "USDC SAN DIEGO" reads "San Diego (federal)". The prefix letters after the
 * state (SO, PD, SC ...) are not decoded: their meanings are inferred, not confirmed by DOJ
 * (california-law.md 6.3, 9.5 item 11), so the label names the place only. California names and
 * names not in the RAP form ("Anaheim Police Department") are returned as written.
 * @example agencyLabel('NVSO CLARK CO') // 'Clark County, NV'
 * @example agencyLabel('USCI SAN PEDRO CA') // 'San Pedro, CA (federal)'
 * @example agencyLabel('CASC LOS ANGELES') // 'CASC LOS ANGELES'
 */
export function agencyLabel(name: string): string {
  const raw = name.trim().replace(/\s+/g, ' ');
  const m = /^([A-Z]{2})[A-Z]{2} ([A-Z0-9 .,'&/-]+)$/.exec(raw);
  if (!m) return raw;
  const info = agencyInfo(raw);
  if (info.jurisdiction === '') return raw;
  const state = m[1]!;
  let place = m[2]!.trim();
  // "CLARK CO" and "CLARK CNTY" are how sheets shorten "County".
  place = place.replace(/\b(?:CO|CNTY|COUNTY)\.?$/, 'COUNTY');
  if (info.jurisdiction === 'federal') {
    // "USCI SAN PEDRO CA": a trailing state stays, upper-case, after a comma.
    const st = / ([A-Z]{2})$/.exec(place);
    const where = st ? `${titleCase(place.slice(0, st.index))}, ${st[1]}` : titleCase(place);
    return `${where} (federal)`;
  }
  return `${titleCase(place.replace(new RegExp(`,? ${state}$`), ''))}, ${state}`;
}
