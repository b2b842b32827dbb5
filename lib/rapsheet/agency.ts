/**
 * Agency and court names on a RAP sheet read `<4-letter prefix> <PLACE>`: CASC LOS ANGELES,
 * CAPD SAN FRANCISCO, USCI SAN PEDRO CA (california-law.md 6.3). The first two letters are
 * the state (US for federal); the last two the kind of agency. The meanings are inferred
 * from the names, not confirmed by a DOJ source (california-law.md 6.3, 9.5 item 11), so they
 * only drive jurisdiction and juvenile flags and the county guess, never eligibility.
 */

const STATES = new Set(
  ('AL AK AZ AR CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI').split(' '),
);

/** California's 58 counties, upper-case, longest first so "SAN LUIS OBISPO" wins over shorter names. */
const COUNTIES = [
  'ALAMEDA', 'ALPINE', 'AMADOR', 'BUTTE', 'CALAVERAS', 'COLUSA', 'CONTRA COSTA', 'DEL NORTE', 'EL DORADO', 'FRESNO',
  'GLENN', 'HUMBOLDT', 'IMPERIAL', 'INYO', 'KERN', 'KINGS', 'LAKE', 'LASSEN', 'LOS ANGELES', 'MADERA', 'MARIN',
  'MARIPOSA', 'MENDOCINO', 'MERCED', 'MODOC', 'MONO', 'MONTEREY', 'NAPA', 'NEVADA', 'ORANGE', 'PLACER', 'PLUMAS',
  'RIVERSIDE', 'SACRAMENTO', 'SAN BENITO', 'SAN BERNARDINO', 'SAN DIEGO', 'SAN FRANCISCO', 'SAN JOAQUIN',
  'SAN LUIS OBISPO', 'SAN MATEO', 'SANTA BARBARA', 'SANTA CLARA', 'SANTA CRUZ', 'SHASTA', 'SIERRA', 'SISKIYOU',
  'SOLANO', 'SONOMA', 'STANISLAUS', 'SUTTER', 'TEHAMA', 'TRINITY', 'TULARE', 'TUOLUMNE', 'VENTURA', 'YOLO', 'YUBA',
].sort((a, b) => b.length - a.length);

export interface AgencyInfo {
  /** CASC, CAPD ... or '' when the name has no prefix. */
  prefix: string;
  /** '' (California or unknown), 'federal', 'other-state'. */
  jurisdiction: '' | 'federal' | 'other-state';
  /** CAJV (juvenile court, inferred meaning: R42) or a name mentioning JUV. */
  juvenile: boolean;
  /** County in title case when the place names one: "Los Angeles". */
  county: string;
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'\-/(])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

/**
 * @example agencyInfo('CASC LOS ANGELES CENTRAL') // { prefix: 'CASC', jurisdiction: '', juvenile: false, county: 'Los Angeles' }
 */
const memo = new Map<string, AgencyInfo>();

export function agencyInfo(name: string): AgencyInfo {
  let info = memo.get(name);
  if (!info) {
    info = computeAgencyInfo(name);
    if (memo.size > 5000) memo.clear();
    memo.set(name, info);
  }
  return info;
}

function computeAgencyInfo(name: string): AgencyInfo {
  const m = /^([A-Z]{4})\s+(.*)$/.exec(name.trim());
  const prefix = m ? m[1]! : '';
  const place = (m ? m[2]! : name).trim();
  const state = prefix.slice(0, 2);
  const countyAt = (s: string) => COUNTIES.find((c) => s === c || s.startsWith(c + ' ') || s.startsWith(c + ','));
  // "LAKE CO SHERIFF" or "INYO COUNTY" has no prefix even though LA and IN are states.
  const unprefixedCounty = countyAt(name.trim());
  const jurisdiction: AgencyInfo['jurisdiction'] = unprefixedCounty
    ? ''
    : state === 'US'
      ? 'federal'
      : prefix && state !== 'CA' && STATES.has(state)
        ? 'other-state'
        : '';
  const juvenile = prefix === 'CAJV' || /\bJUV(ENILE)?\b/.test(name);
  let county = '';
  if (jurisdiction === '') {
    const found = countyAt(place) ?? unprefixedCounty;
    if (found) county = titleCase(found);
  }
  return { prefix, jurisdiction, juvenile, county };
}
