/**
 * Code abbreviations as they appear on California DOJ RAP sheets and in court records
 * (PC, HS, VC, BP, WI ... per the CfA rap_sheet_parser grammar), their normal form, and how
 * each is cited in reasons.
 */

/** A normalised code id. 'USC' is any federal code; '' means the record does not say. */
export type CodeId = string;

/** Spellings seen on records → normal form. Keys are upper-case with spaces and dots removed. */
const ALIASES: Record<string, CodeId> = {
  PC: 'PC', PEN: 'PC', PENAL: 'PC', PENALCODE: 'PC', CPC: 'PC',
  HS: 'HS', 'H&S': 'HS', HSC: 'HS', HEALTHSAFETY: 'HS', 'HEALTH&SAFETY': 'HS', HANDS: 'HS',
  VC: 'VC', VEH: 'VC', VEHICLE: 'VC', VEHICLECODE: 'VC', CVC: 'VC',
  BP: 'BP', 'B&P': 'BP', BPC: 'BP',
  WI: 'WI', 'W&I': 'WI', WIC: 'WI',
  GC: 'GC', GOV: 'GC', CC: 'CC', CI: 'CI', EC: 'EC', FA: 'FA', FC: 'FC', FG: 'FG', HN: 'HN',
  IC: 'IC', LC: 'LC', MV: 'MV', PR: 'PR', RT: 'RT', SH: 'SH', UI: 'UI',
  MC: 'MC', MUNI: 'MC', LAMC: 'MC', ORD: 'MC', CCR: 'CCR',
  US: 'USC', USC: 'USC', FED: 'USC', FEDERAL: 'USC', CFR: 'USC',
};

/** Names used in citations (California Style Manual abbreviations). */
const CITE_NAMES: Record<string, string> = {
  PC: 'Pen. Code',
  HS: 'Health & Saf. Code',
  VC: 'Veh. Code',
  BP: 'Bus. & Prof. Code',
  WI: 'Welf. & Inst. Code',
  GC: 'Gov. Code',
  CC: 'Civ. Code',
  EC: 'Ed. Code',
  FA: 'Food & Agr. Code',
  FC: 'Fam. Code',
  FG: 'Fish & G. Code',
  HN: 'Harb. & Nav. Code',
  IC: 'Ins. Code',
  LC: 'Lab. Code',
  PR: 'Pub. Resources Code',
  RT: 'Rev. & Tax. Code',
  SH: 'Sts. & Hy. Code',
  UI: 'Unemp. Ins. Code',
};

const SPACE_DOT = /[\s.]/g;

/**
 * Normalises a code abbreviation: `P.C.` → `PC`, `H&S` → `HS`, `U.S.C.` → `USC`, `18 USC` → `USC`.
 * Unknown non-empty codes come back upper-cased as written; '' stays ''.
 * @example normalizeCode('h&s') // 'HS'
 */
export function normalizeCode(raw: string): CodeId {
  const k = raw.toUpperCase().replace(SPACE_DOT, '');
  if (k === '') return '';
  const hit = ALIASES[k];
  if (hit) return hit;
  // "18USC", "8USC", "USC18": a federal title with the code.
  if (/^\d*USC\d*$/.test(k) || /^\d*US\d*$/.test(k)) return 'USC';
  return k;
}

/** Statute abbreviations of other states seen on California records (NRS Nevada, ARS Arizona ...). */
const OTHER_STATE = new Set(['NRS', 'ARS', 'ORS', 'RCW', 'NYPL', 'ILCS', 'UCA', 'CRS', 'NMSA', 'IDAHOCODE']);

/** True when the code is another state's statute book, so the entry is not a California one. */
export function isOtherStateCode(code: CodeId): boolean {
  return OTHER_STATE.has(code);
}

/** True when the code names a California code (state or local), as opposed to federal or unknown. */
export function isCaliforniaCode(code: CodeId): boolean {
  return code in CITE_NAMES || code === 'MC' || code === 'CCR' || code === 'CI' || code === 'MV';
}

/** The label used in reason text: `PC 647(b)`. */
export function offenseLabel(code: CodeId, section: string): string {
  return code ? `${code} ${section}` : section;
}

/**
 * Citation of one section of a California code.
 * @example citeSection('HS', '11350(a)') // 'Health & Saf. Code § 11350(a)'
 */
export function citeSection(code: CodeId, section: string): string {
  const name = CITE_NAMES[code];
  return name ? `${name} § ${section}` : `${code} § ${section}`;
}
