import { parseChargeLine } from './charge';
import { leadingDate } from './rap-date';
import type { RapCharge, RapEventKind } from './types';

/**
 * Stage 2: one token per cleaned line, classified without context (the parser supplies the
 * context). Line kinds follow the RAP sheet layout of california-law.md 6.2: cycle delimiters
 * (`* * * *`), event delimiters (`- - - -`), event identifiers, CNT: count lines, charge
 * lines, DISPO:, CONV STATUS:, SEN:, COM:, TOC:, flags, dates, and the subject block's TAG/
 * fields. Each classifier is anchored at the start of the line and dispatches on its first
 * character, so a line costs a few cheap regex tests and the whole pass stays linear.
 */
export type Token =
  | { kind: 'blank'; line: number }
  | { kind: 'stars'; line: number; count: number }
  | { kind: 'end'; line: number }
  | { kind: 'banner'; line: number; text: string; strike: boolean }
  | { kind: 'dashes'; line: number }
  | { kind: 'event'; line: number; event: RapEventKind; label: string; nameCode: string; dob: string; rest: Token | null }
  | { kind: 'nam'; line: number; nameCode: string; dob: string }
  | { kind: 'date'; line: number; raw: string; date: string; rest: Token | null; text: string }
  | { kind: 'count'; line: number; start: number | null; end: number | null; caseNumber: string; rest: Token | null }
  | { kind: 'caseNumber'; line: number; value: string }
  | { kind: 'flags'; line: number; flags: string[] }
  | { kind: 'sentencing1170'; line: number }
  | { kind: 'seeComment'; line: number }
  | { kind: 'charge'; line: number; charge: RapCharge; text: string }
  | { kind: 'dispo'; line: number; text: string }
  | { kind: 'convStatus'; line: number; text: string }
  | { kind: 'sentence'; line: number; text: string }
  | { kind: 'comment'; line: number; text: string }
  | { kind: 'toc'; line: number; value: 'F' | 'M' | 'I' | 'N'; rest: string }
  | { kind: 'arrestBy'; line: number; text: string }
  | { kind: 'warrant'; line: number; text: string }
  | { kind: 'subject'; line: number; fields: Array<[string, string]> }
  | { kind: 'nameCont'; line: number; code: string; name: string }
  | { kind: 'text'; line: number; text: string };

export type TokenKind = Token['kind'];

/** TAG/ fields of the subject block (CfA rap_sheet_grammar.tt and the Skywalker fixture). */
const SUBJECT_TAGS =
  'CII|DOB|SEX|RAC|HGT|WGT|EYE|EYES|HAI|HAIR|POB|NAM|FBI|CDL|IDN|SOC|INN|MNU|SMT|MDS|OCC|MON|FPC|OLN|AKA';
const SUBJECT_LINE = new RegExp(`^(${SUBJECT_TAGS})\\s?[/:]`);
const SUBJECT_FIELD = new RegExp(`(?:^|\\s)(${SUBJECT_TAGS})\\s?[/:]`, 'g');

const IDENTIFIERS: Array<[RegExp, RapEventKind]> = [
  [/^[A?]RR\W{0,3}[DP]ET\W{0,3}C[I1L]TE\b\s*[:;]?/, 'arrest'],
  [/^SUPPLEMENTAL\s*ARR\w*\s*[:;]?/, 'supplemental-arrest'],
  [/^COURT\s*(?:[:;]|$|(?=\s+NAME?\s*[:;]))/, 'court'],
  [/^CUSTODY\b(?:\s*[:;]\s*(?:[A-Z&/]+(?: (?!NAME?\s*[:;])[A-Z&/]+)*)?)?/, 'custody'],
  [/^PROBATION\s*[:;]/, 'probation'],
  [/^REGISTRATION\s*[:;]/, 'registration'],
  [/^APPLICANT\s*[:;]/, 'applicant'],
  [/^MENTAL\s*H(?:EA)?LTH\b(?:\s*CUS\/SUPV)?\s*[:;]?/, 'mental-health'],
  [/^DECEASED\s*[:;]/, 'deceased'],
  [/^INTERST(?:ATE)?\s*COMP\w*(?:\s+PAROLEE)?\s*[:;]?/, 'other'],
];

const IDENTIFIERS_BY_FIRST: Record<string, Array<[RegExp, RapEventKind]>> = {};
for (const entry of IDENTIFIERS) {
  for (const first of entry[0].source.startsWith('^[A?]') ? ['A', '?'] : [entry[0].source[1]!]) {
    (IDENTIFIERS_BY_FIRST[first] ??= []).push(entry);
  }
}

const NAM = /^NAME?\s*[:;]\s*(\d{1,3})\b/;
const DOB = /\bDOB\s*[:;]\s*(\d[\d.]{7,9})/;

const RE_STARS_ONLY = /^[*\s.,'·]+$/;
const RE_STRIKE_ANY = /POTENTIAL\s*FELONY\s*STRIKE/;
const RE_STAR_DISPO = /^\*?\s*D\s?I\s?S\s?P\s?O?\s*[:;]\s*(.*)$/;
const RE_STAR_CONV = /^\*?\s*CONV\s*STAT\w*\s*[:;.]?\s*(.*)$/;
const RE_BANNER = /^\*\*/;
const RE_LEAD_PUNCT = /^[*.,'·\s]+/;
const RE_DASHES_ONLY = /^[-\s'.]+$/;
const RE_FLAG_START = /^-\s?[A-Z]/;
const RE_FLAG_SPLIT = /\s+(?=-\s?[A-Z])/;
const RE_COM = /^COM\s*[:;]\s*(.*)$/;
const RE_SEN = /^SEN\s*[:;]\s*(.*)$/;
const RE_CONV = /^CONV\s*STAT\w*\s*[:;.]?\s*(.*)$/;
const RE_DISPO = /^D\s?I\s?S\s?P\s?O?\s*[:;]\s*(.*)$/;
const RE_SEE_COMMENT = /^SEE\W*COMMENT\W*FOR\W*CHARGE/;
const RE_XSEN = /^XSEN\s*[:;]\s*(.*)$/;
const RE_TOC = /^TOC\s*[:;]\s*([MFIN])\b\s*(.*)$/;
const RE_ARR_BY = /^ARR\s*BY\s*[:;]?\s*(.*)$/;
const RE_WARRANT = /^WARRANT\b/;
const RE_1170 = /^1170\s*\(\s*H\s*\)\s*PC\s*-?\s*SENTENCING/;
const RE_DATE_REST = /^(DISPO|DISP|\*|[A-Z]{4}\s)/;
const RE_NAME_CONT = /^(\d{2,3})\s+([A-Z][A-Z'.-]*\s*,.*)$/;
const RE_CNT = /^CNT\s*(?:[:;.]\s*|(?=\d))(.*)$/;
const RE_CNT_NUM = /^([-0-9OIL]+(?:\s*-\s*[0-9OIL]+)?)\s*/;
const RE_CNT_SPLIT = /^(\d{1,2})\s*(?=#|NO\b|$)/;
const RE_CNT_RANGE = /^(\d+)?\s*(?:-\s*(\d+))?$/;
const RE_CASE_NO = /^(?:#|NO\b\.?|NBR\b\.?)\s*(.*)$/;
const RE_WIDE_GAP = /\s{2,}(?=\S)/;
const RE_CASE_TOC = /\s+TOC\s*[:;]\s*([MFIN])\b.*$/;
const RE_NAM_ANY = /NAME?\s*[:;]\s*(\d{1,3})\b/;

/** Reads NAM:02 and DOB:19541016 from an identifier line's remainder. */
function nameAndDob(rest: string): { nameCode: string; dob: string; after: string } {
  let after = rest;
  let nameCode = '';
  let dob = '';
  const n = RE_NAM_ANY.exec(after);
  if (n) {
    nameCode = n[1]!;
    after = after.slice(0, n.index) + after.slice(n.index + n[0].length);
  }
  const d = DOB.exec(after);
  if (d) {
    dob = d[1]!;
    after = after.slice(0, d.index) + after.slice(d.index + d[0].length);
  }
  return { nameCode, dob, after: after.trim() };
}

function parseCount(t: string, line: number): Token | null {
  // CNT:01, CNT:001-003, CNT: 001 #123, CNT:0    1 #388555T (OCR spaces), CNT:O1 (OCR letters).
  const m = RE_CNT.exec(t);
  if (!m) return null;
  let rest = m[1]!;
  const num = RE_CNT_NUM.exec(rest);
  let numText = (num?.[1] ?? '').replace(/O/g, '0').replace(/[IL]/g, '1').replace(/-+$/, '');
  rest = rest.slice(num ? num[0].length : 0);
  // OCR can split the number: "CNT:0    1 #388555T".
  const split = numText.length === 1 ? RE_CNT_SPLIT.exec(rest) : null;
  if (split) {
    numText += split[1];
    rest = rest.slice(split[0].length);
  }
  rest = rest.trim();
  let start: number | null = null;
  let end: number | null = null;
  const range = RE_CNT_RANGE.exec(numText);
  if (range) {
    if (range[1]) start = Number(range[1]);
    if (range[2]) end = Number(range[2]);
    // "CNT:-1" is OCR damage of CNT:01, not a range.
    if (start === null && end !== null && numText.trim().startsWith('-')) {
      start = end;
      end = null;
    }
  }
  let caseNumber = '';
  let after: Token | null = null;
  const cn = RE_CASE_NO.exec(rest);
  if (cn) {
    // The case number runs to the end of the line unless a charge follows after a wide gap.
    const body = cn[1]!;
    const gap = RE_WIDE_GAP.exec(body);
    if (gap) {
      const tail = body.slice(gap.index).trim();
      const charge = parseChargeLine(tail, line);
      if (charge) {
        caseNumber = body.slice(0, gap.index).trim();
        after = { kind: 'charge', line, charge, text: tail };
      }
    }
    if (!after) {
      caseNumber = body.trim();
      // "#BA45566 TOC:M": the type of charge printed after the number.
      const toc = RE_CASE_TOC.exec(caseNumber);
      if (toc) {
        caseNumber = caseNumber.slice(0, toc.index);
        after = { kind: 'toc', line, value: toc[1] as 'F' | 'M' | 'I' | 'N', rest: '' };
      }
    }
  } else if (rest) {
    after = classify(rest, line);
  }
  return { kind: 'count', line, start, end, caseNumber, rest: after };
}

/** Classifies one cleaned line. Exposed for tests; `tokenize` is the normal entry point. */
export function classify(text: string, line: number): Token {
  const t = text.trim();
  if (!t) return { kind: 'blank', line };
  const c = t[0]!;

  const endOfMessage = t.includes('MESSAGE') && /END\s*OF\s*MESSAGE/.test(t);
  if (c === '*' || c === '.' || c === ',' || c === "'") {
    if (endOfMessage) return { kind: 'end', line };
    if (RE_STARS_ONLY.test(t)) {
      const count = t.replace(/[^*]/g, '').length;
      return count >= 3 ? { kind: 'stars', line, count } : { kind: 'blank', line };
    }
    if (RE_STRIKE_ANY.test(t)) return { kind: 'banner', line, text: t, strike: true };
    const dispo = RE_STAR_DISPO.exec(t);
    if (dispo) return { kind: 'dispo', line, text: dispo[1]! };
    const conv = RE_STAR_CONV.exec(t);
    if (conv) return { kind: 'convStatus', line, text: conv[1]! };
    if (RE_BANNER.test(t)) return { kind: 'banner', line, text: t, strike: false };
    // Stray leading punctuation before real content ("* ARR/DET/CITE", ". 647(B) PC-...").
    const stripped = t.replace(RE_LEAD_PUNCT, '');
    return stripped ? classify(stripped, line) : { kind: 'blank', line };
  }
  if (endOfMessage && t.includes('*')) return { kind: 'end', line };
  if (c === '-' || c === "'") {
    if (RE_DASHES_ONLY.test(t)) return t.replace(/[^-]/g, '').length >= 2 ? { kind: 'dashes', line } : { kind: 'blank', line };
    if (RE_FLAG_START.test(t)) {
      const flags = t.split(RE_FLAG_SPLIT).map((f) => f.replace(/\s+/g, ' ').trim()).filter(Boolean);
      return { kind: 'flags', line, flags };
    }
  }
  if (POTENTIAL_STRIKE.test(t)) return { kind: 'banner', line, text: t, strike: true };

  // The commonest count lines first: COM:, CNT:, SEN:.
  if (c === 'C' && t[1] === 'O' && t[2] === 'M') {
    const com = RE_COM.exec(t);
    if (com) return { kind: 'comment', line, text: com[1]!.trim() };
  }
  if (c === 'S' && t[1] === 'E' && t[2] === 'N') {
    const sen = RE_SEN.exec(t);
    if (sen) return { kind: 'sentence', line, text: sen[1]! };
  }

  // Event identifiers, only those that can start with this letter.
  const candidates = IDENTIFIERS_BY_FIRST[c];
  if (candidates && !(c === 'C' && t[1] === 'N')) {
    for (const [re, event] of candidates) {
      const m = re.exec(t);
      if (!m) continue;
      const label = m[0].replace(/\s*[:;]\s*$/, '').replace(/\s+/g, ' ').trim();
      const { nameCode, dob, after } = nameAndDob(t.slice(m[0].length));
      const rest = after ? classify(after, line) : null;
      return { kind: 'event', line, event, label, nameCode, dob, rest: rest && rest.kind !== 'blank' ? rest : null };
    }
  }

  if (c === 'C') {
    const cnt = parseCount(t, line);
    if (cnt) return cnt;
    const com = RE_COM.exec(t);
    if (com) return { kind: 'comment', line, text: com[1]!.trim() };
    const conv = RE_CONV.exec(t);
    if (conv) return { kind: 'convStatus', line, text: conv[1]! };
  }
  if (c === 'D') {
    const dispo = RE_DISPO.exec(t);
    if (dispo) return { kind: 'dispo', line, text: dispo[1]! };
  }
  if (c === 'S') {
    const sen = RE_SEN.exec(t);
    if (sen) return { kind: 'sentence', line, text: sen[1]! };
    if (RE_SEE_COMMENT.test(t)) return { kind: 'seeComment', line };
  }
  if (c === 'X') {
    const sen = RE_XSEN.exec(t);
    if (sen) return { kind: 'sentence', line, text: sen[1]! };
  }
  if (c === 'T') {
    const toc = RE_TOC.exec(t);
    if (toc) return { kind: 'toc', line, value: toc[1] as 'F' | 'M' | 'I' | 'N', rest: toc[2]!.trim() };
  }
  if (c === 'A') {
    const arr = RE_ARR_BY.exec(t);
    if (arr) return { kind: 'arrestBy', line, text: arr[1]!.trim() };
  }
  if (c === 'W' && RE_WARRANT.test(t)) return { kind: 'warrant', line, text: t };
  if (c === 'N') {
    const nam = NAM.exec(t);
    if (nam) {
      const { dob } = nameAndDob(t);
      return { kind: 'nam', line, nameCode: nam[1]!, dob };
    }
  }
  if (c === '#') return { kind: 'caseNumber', line, value: t.slice(1).trim() };
  if (SUBJECT_LINE.test(t)) {
    const fields: Array<[string, string]> = [];
    const marks = [...t.matchAll(SUBJECT_FIELD)];
    for (let i = 0; i < marks.length; i++) {
      const mk = marks[i]!;
      const from = mk.index! + mk[0].length;
      const to = i + 1 < marks.length ? marks[i + 1]!.index! : t.length;
      fields.push([mk[1]!, t.slice(from, to).trim()]);
    }
    return { kind: 'subject', line, fields };
  }

  if (c >= '0' && c <= '9') {
    if (RE_1170.test(t)) return { kind: 'sentencing1170', line };
    const d = leadingDate(t);
    if (d && (d.date || !d.rest || RE_DATE_REST.test(d.rest))) {
      const rest = d.rest ? classify(d.rest, line) : null;
      return { kind: 'date', line, raw: d.raw, date: d.date, rest: rest && rest.kind !== 'blank' ? rest : null, text: d.rest };
    }
    const charge = parseChargeLine(t, line);
    if (charge) return { kind: 'charge', line, charge, text: t };
    const name = RE_NAME_CONT.exec(t);
    if (name) return { kind: 'nameCont', line, code: name[1]!, name: name[2]!.trim() };
    return { kind: 'text', line, text: t };
  }
  const charge = parseChargeLine(t, line);
  if (charge) return { kind: 'charge', line, charge, text: t };
  return { kind: 'text', line, text: t };
}

const POTENTIAL_STRIKE = /^POTENTIAL\s*FELONY\s*STRIKE/;

/**
 * Tokenizes cleaned lines; token i is line i + 1.
 * @example tokenize(['CNT:01-03 #5CA00000'])[0] // { kind: 'count', line: 1, start: 1, end: 3, caseNumber: '5CA00000', rest: null }
 */
export function tokenize(lines: readonly string[]): Token[] {
  const out = new Array<Token>(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = classify(lines[i]!, i + 1);
  return out;
}
