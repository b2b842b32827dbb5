/**
 * What every document template receives, and the small helpers they share (names, dates,
 * citations, the caption, signature blocks). Templates are pure: context in, blocks out.
 */
import { clientInitials, type CaseBody, type CaseEvent, type Evidence, type Hearing, type ProsecutingAgency } from '@/lib/model';
import type { Block } from '../layout/blocks';
import type { Caption } from '../pleading-page';
import type { ProsecutorChoice } from '../prosecutor';

export interface ExhibitEntry {
  /** A, B, ... Z, AA, AB ... */
  letter: string;
  evidence: Evidence;
  /** Pages of the attached file (0 when not attached). */
  pages: number;
  attached: boolean;
  /** Why the file is not attached, when it is not. */
  problem?: string;
  /**
   * Lodged conditionally under seal because it shows the full name (Pen. Code § 236.14(q)): the
   * public packet holds its slip sheet only; its pages go in the confidential exhibits file.
   */
  lodged?: boolean;
}

export interface PacketContext {
  body: CaseBody;
  county: string;
  asOf: string;
  /** The matters in this petition (one county, Standard 4.15(a)(1)), in date order. */
  matters: CaseEvent[];
  useInitials: boolean;
  /** How the petitioner is named in these public filings: initials unless turned off (236.14(q)). */
  petitioner: string;
  courtName: string;
  caseNumbers: string[];
  department: string;
  /** The hearing the court set for this petition, when the attorney has entered it. */
  hearing?: Hearing;
  /** Every agency to be served for this petition: each matter's prosecutor plus those entered for the county. */
  agencies: ProsecutingAgency[];
  /** Each matter's prosecuting agency (Pen. Code § 236.14(c)), by event id. */
  matterAgencies: Map<string, ProsecutorChoice>;
  exhibits: ExhibitEntry[];
  /** Titles of the filed documents in this packet (the proof of service lists them). */
  documentTitles: string[];
  /**
   * Juvenile adjudications (and juvenile arrests) petitioned for on their own, in the juvenile
   * court (Pen. Code § 236.14(j)), with juvenile case file confidentiality (Welf. & Inst. Code § 827).
   */
  juvenile?: boolean;
}

/** A document template: one module per document in lib/packet/documents/. */
export interface DocumentTemplate {
  /** Stable id; also recorded on every page the template produces. */
  id: string;
  /** File-name part, e.g. "Notice-and-Petition". */
  file: string;
  /** The nature of the paper, for the caption and bookmarks. */
  title(ctx: PacketContext): string;
  /** Short form for the footer (CRC 2.110 allows "some clear and concise abbreviation"). */
  footer(ctx: PacketContext): string;
  /** Whether the packet includes this document (all do unless they say otherwise). */
  applies?(ctx: PacketContext): boolean;
  build(ctx: PacketContext): Block[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2012-08-21" → "August 21, 2012"; '' → a blank to fill in. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '[date]';
  return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

/** California Style Manual abbreviations of the codes that appear on survivors' records. */
const CODE_NAMES: Record<string, string> = {
  PC: 'Pen. Code',
  HS: 'Health & Saf. Code',
  VC: 'Veh. Code',
  BP: 'Bus. & Prof. Code',
  WI: 'Welf. & Inst. Code',
  WIC: 'Welf. & Inst. Code',
  FG: 'Fish & G. Code',
  GC: 'Gov. Code',
  MC: 'Mun. Code',
};

/** "(Pen. Code, § 647(b))". */
export function offenseCite(e: Pick<CaseEvent, 'code' | 'section'>): string {
  const code = CODE_NAMES[e.code.toUpperCase()] ?? e.code;
  return e.section ? `${code}, § ${e.section}` : code || '[code section]';
}

export const LEVELS: Record<string, string> = { F: 'felony', M: 'misdemeanor', I: 'infraction', '': '' };

export const KIND_WORDS: Record<CaseEvent['kind'], { noun: string; verb: string }> = {
  arrest: { noun: 'arrest', verb: 'arrested for' },
  conviction: { noun: 'conviction', verb: 'convicted of' },
  adjudication: { noun: 'juvenile adjudication', verb: 'found to be a person described in Welfare and Institutions Code section 602 for' },
};

/** "Disorderly conduct: prostitution (Pen. Code, § 647(b)), misdemeanor". */
export function offenseText(e: CaseEvent): string {
  const level = LEVELS[e.level] ?? '';
  const desc = e.description || '[offense]';
  return `${desc} (${offenseCite(e)})${level ? `, ${level}` : ''}`;
}

/** One line naming a matter: kind, date, case number, court or agency. */
export function matterLabel(e: CaseEvent): string {
  const where = e.caseNumber ? `Case No. ${e.caseNumber}` : e.agency ? `${e.agency} arrest` : '[case or arrest number]';
  return `${KIND_WORDS[e.kind].noun} of ${longDate(e.date)}, ${where}`;
}

/** Exhibit letters: A..Z, then AA, AB ... */
export function exhibitLetter(i: number): string {
  let n = i;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The full name as the client gave it. */
export function fullName(body: CaseBody): string {
  const c = body.client;
  return [c.firstName, c.middleName, c.lastName].filter(Boolean).join(' ') || '[petitioner]';
}

/** Initials (236.14(q)) or the full name. */
export function petitionerName(body: CaseBody, useInitials: boolean): string {
  if (!useInitials) return fullName(body);
  return clientInitials(body.client) || '[initials]';
}

export function courtNameFor(body: CaseBody, county: string, juvenile = false): string {
  if (juvenile) return `Superior Court of California, County of ${county}, Juvenile Court`;
  if (body.court.name && sameCounty(body.court.county, county)) return body.court.name;
  return `Superior Court of California, County of ${county}`;
}

export function sameCounty(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\bcounty\b/g, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** The trafficking periods, written out: "from May 1, 2010, to January 15, 2013, and from ...". */
export function periodsText(body: CaseBody): string {
  const ps = body.trafficking.periods;
  if (ps.length === 0) return 'during [the period of trafficking]';
  return ps.map((p) => `from ${longDate(p.from)}, to ${longDate(p.to)}`).join(', and ');
}

/** The period containing an event's date, if any (inclusive at both ends). */
export function periodOf(body: CaseBody, e: CaseEvent) {
  return body.trafficking.periods.find((p) => e.date && p.from <= e.date && e.date <= p.to);
}

/**
 * Is the offense date of a matter known to fall within a trafficking period? Only an offense date
 * on the record (`offenseDate`), or an arrest's own date, counts: a conviction's court date is
 * later than the offense, so it is never sworn to as the time of the offense (§ 236.14(a), (g)(1)).
 */
export function offensePeriod(body: CaseBody, e: CaseEvent): { date: string; period: ReturnType<typeof periodOf> } | null {
  const date = e.offenseDate || (e.kind === 'arrest' ? e.date : '');
  if (!date) return null;
  return { date, period: body.trafficking.periods.find((p) => p.from <= date && date <= p.to) };
}

export function lastPeriodEnd(body: CaseBody): string | undefined {
  return body.trafficking.periods.map((p) => p.to).sort().at(-1);
}

/** Attorney heading lines for page 1 (CRC 2.111(1)). */
export function counselLines(ctx: PacketContext): string[] {
  const a = ctx.body.attorney;
  const addr = a.address;
  const cityLine = [addr.city, [addr.state, addr.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [
    `${a.name || '[Attorney name]'} (State Bar No. ${a.barNumber || '[number]'})`,
    ...(a.firm ? [a.firm] : []),
    addr.street || '[street address]',
    cityLine || '[city, state, ZIP]',
    `Telephone: ${a.phone || '[telephone]'}`,
    `Email: ${a.email || '[email]'}`,
    '',
    `Attorney for Petitioner ${ctx.petitioner}`,
  ];
}

/**
 * The case title. Post-conviction motions are usually captioned in the criminal case; a petition
 * for arrests alone has no such case. Which caption and number each court expects is an open
 * question (shared/reference/california-law.md 9.5 item 8): needs attorney review.
 */
export function partiesLines(ctx: PacketContext): string[] {
  if (ctx.juvenile) return [`In the Matter of`, '', `${ctx.petitioner},`, '', '   Petitioner (Pen. Code, § 236.14, subd. (j)).'];
  const hasCase = ctx.matters.some((m) => m.kind !== 'arrest');
  if (!hasCase) return [`In the Matter of the Petition of`, '', `${ctx.petitioner},`, '', '   Petitioner.'];
  return ['THE PEOPLE OF THE STATE OF CALIFORNIA,', '', '   Plaintiff,', '', 'v.', '', `${ctx.petitioner},`, '', '   Defendant and Petitioner.'];
}

export function caption(ctx: PacketContext, title: string, details?: string[]): Caption {
  const numbers = ctx.caseNumbers.length ? ctx.caseNumbers.join('; ') : '[to be assigned]';
  return {
    counsel: counselLines(ctx),
    court: ctx.juvenile
      ? [`SUPERIOR COURT OF THE STATE OF CALIFORNIA`, `FOR THE COUNTY OF ${ctx.county.toUpperCase()}`, 'JUVENILE COURT']
      : [`SUPERIOR COURT OF THE STATE OF CALIFORNIA`, `FOR THE COUNTY OF ${ctx.county.toUpperCase()}`],
    parties: partiesLines(ctx),
    caseNumbers: [`Case No${ctx.caseNumbers.length > 1 ? 's' : ''}.: ${numbers}`],
    title: title.toUpperCase(),
    details: details ?? [
      `Date: ${hearingDate(ctx)}`,
      `Time: ${hearingTime(ctx)}`,
      `Dept.: ${ctx.department || '[department]'}`,
      '',
      ctx.juvenile
        ? 'CONFIDENTIAL JUVENILE CASE FILE (Welf. & Inst. Code, § 827; Pen. Code, § 236.14, subds. (j), (q))'
        : 'CONFIDENTIAL (Pen. Code, § 236.14, subd. (q); Cal. Stds. Jud. Admin., std. 4.15(b))',
    ],
  };
}

/** "March 3, 2027" from the hearing the attorney entered, or the blank to complete. */
export function hearingDate(ctx: PacketContext): string {
  return ctx.hearing?.date ? longDate(ctx.hearing.date) : '[hearing date]';
}

export function hearingTime(ctx: PacketContext): string {
  return ctx.hearing?.time.trim() || '[time]';
}

/** Where the petitioner (and interpreter) sign: the city entered in drafting, or a blank. */
export function signingCity(ctx: PacketContext): string {
  return ctx.body.drafting.signingCity.trim() || '[city]';
}

/** The interpreter who read the papers to the petitioner, or a blank. */
export function interpreterName(ctx: PacketContext): string {
  return ctx.body.drafting.interpreterName.trim() || '[NAME OF INTERPRETER]';
}

/** The matters as a table (the list of convictions, arrests and adjudications). */
export function mattersTable(ctx: PacketContext): Block {
  return {
    type: 'table',
    columns: [
      { header: 'Date', width: 1.25 },
      { header: 'Case No.', width: 1.15 },
      { header: 'Offense', width: 2.5 },
      { header: 'Record', width: 1.6 },
    ],
    rows: ctx.matters.map((m) => [
      longDate(m.date),
      m.caseNumber || (m.kind === 'arrest' ? 'None (arrest only)' : '[case number]'),
      offenseText(m),
      recordText(m),
    ]),
  };
}

/** "Conviction; 30 days jail ..." / "Arrest by Anaheim Police Department; Prosecutor rejected". */
export function recordText(m: CaseEvent): string {
  const kind = capitalize(KIND_WORDS[m.kind].noun);
  const head = m.kind === 'arrest' && m.agency ? `${kind} by ${m.agency}` : kind;
  const dispo = m.disposition && !/^convicted$/i.test(m.disposition.trim()) ? m.disposition : '';
  return [head, dispo].filter(Boolean).join('; ');
}

export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Attorney's signature block. */
export function attorneySignature(ctx: PacketContext): Block {
  const a = ctx.body.attorney;
  return {
    type: 'signature',
    left: ['Dated: ____________________'],
    right: ['Respectfully submitted,', ...(a.firm ? [a.firm] : []), '', '______________________________', a.name || '[Attorney name]', `Attorney for Petitioner ${ctx.petitioner}`],
  };
}

/** The closing under penalty of perjury and a signature line (the usual California wording; needs attorney review). */
export function perjuryBlocks(signer: string, place = '[city]'): Block[] {
  return [
    {
      type: 'paragraph',
      text: 'I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.',
    },
    { type: 'paragraph', text: `Executed on ____________________, at ${place}, California.` },
    { type: 'signature', left: [], right: ['', '______________________________', signer] },
  ];
}

/** Agencies served in this county, or a placeholder for the attorney. */
export function agencyNames(ctx: PacketContext): string {
  if (ctx.agencies.length === 0) return '[NAME OF THE PROSECUTING AGENCY]';
  return ctx.agencies.map((a) => a.name).join(' and ');
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
