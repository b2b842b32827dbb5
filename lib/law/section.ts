/**
 * Section normaliser: turns a section as written on a record into a base section plus a
 * subdivision path, so `647(B)`, `647 (b)`, `647b` and `647(b)` all match the catalog key `647(b)`.
 *
 * Letters glued to the number are subdivisions (`647b` → 647(b), `245a1` → 245(a)(1)) except for
 * sections whose name really ends in a letter (`266h` pimping, `288a` former oral copulation,
 * `273a`, `647f` former felony prostitution ...), listed in LETTERED below. Two of those collide
 * with common subdivisions and are settled by the record's level and description:
 *   - `288A` is former § 288a (oral copulation) unless the description says lewd/lascivious (§ 288(a));
 *   - `647F` is former § 647f (felony prostitution) only when the level is F or the description
 *     mentions prostitution; otherwise it is § 647(f) (public intoxication, a misdemeanor).
 * `664/` (or `/664`) marks an attempt (Pen. Code § 664); `182/` marks a conspiracy (§ 182).
 */
import { normalizeCode, type CodeId } from './codes';

export interface ParsedSection {
  /** Section number, with a letter suffix when the section's name has one: '647', '236.1', '288a'. */
  base: string;
  /** Subdivision path, lower case: 647(b)(1) → ['b', '1']. */
  subs: string[];
  /** Written as an attempt (664/...). */
  attempted: boolean;
  /** Written as a conspiracy (182/...). */
  conspiracy: boolean;
  /** Canonical text: base + '(x)' per subdivision, e.g. '647(b)(1)'. */
  text: string;
}

/** Sections whose name ends in a letter (so `266h` is not 266(h)). */
const LETTERED = new Set([
  '266a', '266b', '266c', '266d', '266e', '266f', '266g', '266h', '266i', '266j', '266k',
  '273a', '273ab', '273d', '273g', '288a', '337a', '484b', '484c', '484d', '484e', '484f', '484g',
  '484h', '484i', '484j', '496d', '537e', '647f', '653f', '653h', '653j', '653k', '653m', '653w', '653x',
]);

const STRIP = /§|\bsec(?:tion)?\.?|\s+/g;
const BRACKETS_OPEN = /[[{]/g;
const BRACKETS_CLOSE = /[\]}]/g;
const TRAILING_PUNCT = /[.,;:*]+$/;
const GLUED_CODE = /(?<=[\d)])(?:pc|hs|vc|bp|wi|h&s)$/;
const ATTEMPT_PREFIX = /^664(?:\([a-z0-9]+\))*[/\\-]/;
const ATTEMPT_SUFFIX = /[/\\-]664(?:\([a-z0-9]+\))*$/;
const CONSPIRACY_PREFIX = /^182(?:\([a-z0-9]+\))*[/\\-]/;
const HEAD = /^(\d+(?:\.\d+)?)([a-z]*)(.*)$/;
const RUNS = /[a-z]+|\d+/g;
const REST_OK = /^[a-z0-9()/.,\-]*$/;
const LEWD = /LEWD|LASCIV/i;
const PROSTITUTION = /PROSTITU|HIV/i;

export interface SectionHints {
  level?: string;
  description?: string;
}

function splitRuns(s: string): string[] {
  return s.match(RUNS) ?? [];
}

/**
 * Parses a section. Returns null when there is no section number to read
 * (empty, "SEE COMMENT FOR CHARGE", "UNKNOWN").
 * @example parseSection('647 (B)')  // { base: '647', subs: ['b'], text: '647(b)', ... }
 * @example parseSection('664/187(a)') // { base: '187', subs: ['a'], attempted: true, ... }
 */
export function parseSection(raw: string, hints: SectionHints = {}): ParsedSection | null {
  let s = raw.toLowerCase().replace(STRIP, '').replace(BRACKETS_OPEN, '(').replace(BRACKETS_CLOSE, ')').replace(TRAILING_PUNCT, '').replace(GLUED_CODE, '');
  let attempted = false;
  let conspiracy = false;
  if (ATTEMPT_PREFIX.test(s)) {
    attempted = true;
    s = s.replace(ATTEMPT_PREFIX, '');
  } else if (ATTEMPT_SUFFIX.test(s)) {
    attempted = true;
    s = s.replace(ATTEMPT_SUFFIX, '');
  }
  if (CONSPIRACY_PREFIX.test(s)) {
    conspiracy = true;
    s = s.replace(CONSPIRACY_PREFIX, '');
  }
  const m = HEAD.exec(s);
  if (!m) return null;
  let base = m[1]!;
  const letters = m[2]!;
  const rest = m[3]!;
  if (!REST_OK.test(rest)) return null;
  const subs: string[] = [];
  if (letters) {
    const glued = base + letters;
    if (LETTERED.has(glued) && !isCollision(glued, hints)) base = glued;
    else subs.push(letters);
  }
  for (const run of splitRuns(rest)) subs.push(run);
  return { base, subs, attempted, conspiracy, text: formatSection(base, subs) };
}

function isCollision(glued: string, hints: SectionHints): boolean {
  if (glued === '288a') return LEWD.test(hints.description ?? '');
  if (glued === '647f') return !(hints.level === 'F' || PROSTITUTION.test(hints.description ?? ''));
  return false;
}

/** Canonical text of a base and subdivision path: ('261', ['a','2']) → '261(a)(2)'. */
export function formatSection(base: string, subs: readonly string[]): string {
  let out = base;
  for (const s of subs) out += `(${s})`;
  return out;
}

const LEADING_CODE = /^([a-z][a-z&.\s]*?)\s*(?=\d)/i;
const TRAILING_CODE = /\s+([a-z][a-z&.]*)$/i;
const FEDERAL = /^(\d{1,2})\s*u\.?\s*s\.?\s*c\.?\s*(.*)$/i;

/**
 * Separates a code written inside the section field: `PC 647(b)`, `647(b) PC`, `H&S 11350`,
 * `18 USC 1591`. Only recognised code names are split off, so `647 b` stays a section.
 * @example splitCodeFromSection('647(B) PC') // { code: 'PC', section: '647(B)' }
 */
export function splitCodeFromSection(raw: string): { code: CodeId; section: string } {
  const s = raw.trim();
  const fed = FEDERAL.exec(s);
  if (fed) return { code: 'USC', section: `${fed[1]} U.S.C. ${fed[2]!.replace(/^§\s*/, '')}`.trim() };
  const lead = LEADING_CODE.exec(s);
  if (lead) {
    const code = normalizeCode(lead[1]!);
    if (KNOWN.has(code)) return { code, section: s.slice(lead[0].length).trim() };
  }
  const trail = TRAILING_CODE.exec(s);
  if (trail) {
    const code = normalizeCode(trail[1]!);
    if (KNOWN.has(code)) return { code, section: s.slice(0, trail.index).trim() };
  }
  return { code: '', section: s };
}

const KNOWN = new Set(['PC', 'HS', 'VC', 'BP', 'WI', 'GC', 'USC', 'MC', 'FC', 'FG', 'LC', 'IC', 'EC', 'RT', 'SH', 'UI', 'PR', 'HN', 'FA']);

/**
 * True when `prefix` is a prefix of `path` (a listing for 451(a) covers 451(a)(1)).
 */
export function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}
