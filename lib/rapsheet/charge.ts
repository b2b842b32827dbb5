import type { RapCharge } from './types';

/**
 * California code abbreviations on RAP sheets (CfA common_grammar.tt; california-law.md 6.2
 * item 7), plus federal (US/USC) and local-ordinance forms. A charge whose code is separated
 * by a hyphen may use any 2-4 letters (OCR turns PC into CP); one separated only by spaces
 * must use a known code, so "30 DAYS JAIL" is never read as a charge.
 */
export const KNOWN_CODES = new Set([
  'PC', 'BP', 'CC', 'CI', 'EC', 'FA', 'FC', 'FG', 'GC', 'HN', 'HS', 'IC', 'LC', 'MV', 'PR', 'RT', 'SH',
  'UI', 'VC', 'WI', 'US', 'USC', 'CCR', 'MC', 'LMC', 'ORD',
]);

const FEDERAL_CODES = new Set(['US', 'USC']);

// Section: digits, optional decimal part (OCR may print a comma), optional letter suffix
// (537E), subdivisions in parentheses with optional spaces: 496 (A) (2).
const SECTION = String.raw`\d{1,6}(?:\s?[.,]\s?\d{1,4})?[A-Z]{0,2}(?:\s*\(\s*[A-Z0-9]{1,5}\s*\))*`;
const SECTION_FIRST = new RegExp(
  String.raw`^(664\s*[/-]\s*)?(${SECTION})(\s*[/-]\s*664)?\s*([A-Z]{2,4})(?:\s*(-+|:)\s*|\s+|$)(.*)$`,
);
const FEDERAL = new RegExp(String.raw`^(\d{1,2})\s*(?:USC\s*)?(${SECTION})\s*(USC?|U\.S\.C\.)(?:\s*-+\s*|\s+|$)(.*)$`);
const CODE_FIRST = new RegExp(
  String.raw`^([A-Z]{2,3})\s*-?\s*(664\s*[/-]\s*)?(${SECTION})(\s*[/-]\s*664)?(?:\s*(-+|:)\s*|\s+|$)(.*)$`,
);
const TRAILING_TOC = /\s*\bTOC\s*[:;]\s*([MFIN])\b\.?\s*$/;
const TRAILING_LEVEL = /\s+\(?([MFI])\)?\s*$/;

/** 647 (B) -> 647(b); 496,3 -> 496.3; letters lower-case as the statutes print them. */
export function normalizeSection(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/,/g, '.').toLowerCase();
}

/**
 * Reads a charge line: `<section> <CODE>-<DESCRIPTION>` (e.g. "496.1 PC-RECEIVE/ETC KNOWN
 * STOLEN PROPERTY"), the federal form "18 2113(A) US-BANK ROBBERY", or code first
 * ("PC 647(B)-PROSTITUTION"). Attempt markers 664/ and -664 set `attempted` and are removed
 * from the section. A trailing TOC:x or lone M/F/I becomes `level`. Returns null when the
 * line is not a charge.
 * @example parseChargeLine('664/211 PC-ROBBERY', 9)?.section // '211'
 */
export function parseChargeLine(text: string, line: number): RapCharge | null {
  let t = text.trim();
  const first = t.charCodeAt(0);
  if (first === 46 || first === 39 || first === 42 || first === 58) t = t.replace(/^[.'*:]+\s*/, '');
  const code0 = t.charCodeAt(0);
  const digit = code0 >= 48 && code0 <= 57;
  if (!(digit || (code0 >= 65 && code0 <= 90)) || t.length > 400) return null;
  let level: RapCharge['level'] = '';
  const toc = t.includes('TOC') ? TRAILING_TOC.exec(t) : null;
  if (toc) {
    level = toc[1] as RapCharge['level'];
    t = t.slice(0, toc.index);
  }
  const make = (code: string, section: string, attempted: boolean, desc: string): RapCharge => {
    let description = desc.trim();
    const last = description[description.length - 1];
    if (!level && (last === 'M' || last === 'F' || last === 'I' || last === ')')) {
      const lv = TRAILING_LEVEL.exec(description);
      // Only a marker set apart from a description of real words, e.g. "PROSTITUTION   M".
      if (lv && lv.index > 3) {
        level = lv[1] as RapCharge['level'];
        description = description.slice(0, lv.index).trim();
      }
    }
    return { code, section, description, attempted, level, fromComment: false, seeComment: false, line };
  };

  if (digit) {
    const fed = t.includes('US') ? FEDERAL.exec(t) : null;
    if (fed) return make('USC', `${fed[1]} ${normalizeSection(fed[2]!)}`, false, fed[4] ?? '');
    const m = SECTION_FIRST.exec(t);
    if (m) {
      const code = m[4]!;
      const sep = m[5];
      if (sep || KNOWN_CODES.has(code)) {
        if (FEDERAL_CODES.has(code)) return make('USC', normalizeSection(m[2]!), !!(m[1] || m[3]), m[6] ?? '');
        return make(code, normalizeSection(m[2]!), !!(m[1] || m[3]), m[6] ?? '');
      }
    }
    return null;
  }
  const c = CODE_FIRST.exec(t);
  if (c && KNOWN_CODES.has(c[1]!)) {
    const code = FEDERAL_CODES.has(c[1]!) ? 'USC' : c[1]!;
    return make(code, normalizeSection(c[3]!), !!(c[2] || c[4]), c[6] ?? '');
  }
  return null;
}

/**
 * The charge inside a comment: "COM: CHRG-537E(A) PC", "COM: CHRG 487(A)-664 PC". Returns
 * null for comments that only mention a charge ("CHRG-3 ADD CNTS OF 496.1 PC").
 */
export function parseCommentCharge(comment: string, line: number): RapCharge | null {
  const i = comment.indexOf('CHRG');
  if (i < 0) return null;
  const after = comment.slice(i + 4).replace(/^\s*[-:]?\s*/, '');
  const charge = parseChargeLine(after, line);
  if (!charge || !charge.code) return null;
  return { ...charge, fromComment: true };
}
