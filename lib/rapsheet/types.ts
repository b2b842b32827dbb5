/**
 * Plain-data shapes of a parsed California DOJ RAP sheet ("Automated Criminal History
 * Transcript"). Layout: shared/reference/california-law.md section 6.2. Every object keeps the
 * 1-based source line numbers it came from so the import preview can show an entry beside its lines.
 */

/** [first line, last line], 1-based, inclusive. */
export type LineRange = [number, number];

export interface RapWarning {
  /** 1-based line of the cleaned text (same numbering as the input: cleaning never joins or splits lines). */
  line: number;
  message: string;
}

export interface RapName {
  /** Name code as printed (01, 02 ...); events refer to it with NAM:02. */
  code: string;
  /** As printed: "DOE,JANE MARIE". */
  name: string;
}

export interface RapSubject {
  cii: string;
  /** First DOB/ value, YYYY-MM-DD, or '' when missing or unreadable. */
  dob: string;
  /** Further dates of birth the subject has used. */
  otherDobs: string[];
  sex: string;
  race: string;
  /** As printed: HGT/504 means 5'04". */
  height: string;
  weight: string;
  eyes: string;
  hair: string;
  placeOfBirth: string;
  names: RapName[];
  /** CDL/ values (driver licence numbers). */
  driversLicenses: string[];
  fbi: string;
  /** Other identifiers kept as printed (IDN/, INN/, MNU/, SMT/, OCC/ ...). SOC/ is deliberately not kept. */
  other: Record<string, string>;
  lines: LineRange | null;
}

export type RapEventKind =
  | 'arrest'
  | 'supplemental-arrest'
  | 'court'
  | 'custody'
  | 'probation'
  | 'registration'
  | 'applicant'
  | 'mental-health'
  | 'deceased'
  | 'other'
  | 'unknown';

export type DispositionType =
  | 'convicted'
  | 'dismissed'
  | 'prosecutor-rejected'
  | 'set-aside'
  | 'sentence-modified'
  | 'probation-revoked'
  | 'other';

export interface SentencePart {
  kind: 'probation' | 'jail' | 'prison' | 'detail';
  text: string;
  /** Duration when the part states one: 36 months -> { amount: 36, unit: 'M' }. */
  duration: { amount: number; unit: 'Y' | 'M' | 'D' | 'H' } | null;
}

export interface RapSentence {
  /** Leading zeros removed, line breaks joined: "12 MONTHS PROBATION, 45 DAYS JAIL". */
  text: string;
  parts: SentencePart[];
}

export interface RapDisposition {
  type: DispositionType;
  /** Text after DISPO: as printed (spaces normalised). */
  text: string;
  /** F, M, I from CONV STATUS (first letter), '' when not stated. */
  severity: 'F' | 'M' | 'I' | '';
  convStatus: string;
  sentence: RapSentence | null;
  /** For set-aside: the section named (1203.4, 1203.4A, 1203.41 ...). */
  section: string;
  line: number;
}

export interface RapCharge {
  /** Code abbreviation: PC, HS, VC, WI, USC ... ('' when the line has no section). */
  code: string;
  /** Normalised section, 664 removed: 647(b), 11350(a), 537e(a); federal: "18 2113(a)". */
  section: string;
  description: string;
  /** Marked 664/ (or -664) on the charge itself. */
  attempted: boolean;
  /** TOC or M/F/I marker written on the charge line. */
  level: 'F' | 'M' | 'I' | 'N' | '';
  /** True when the charge came from COM: CHRG-... */
  fromComment: boolean;
  /** The count said SEE COMMENT FOR CHARGE. */
  seeComment: boolean;
  line: number;
}

export interface RapNote {
  /** "relief granted" (PC 1203.425) or "arrest relief granted" (PC 851.93 / 851.91). */
  kind: 'relief-granted' | 'arrest-relief-granted';
  date: string;
  section: string;
  text: string;
  line: number;
}

export interface RapUpdate {
  date: string;
  dispositions: RapDisposition[];
  comments: string[];
  lines: LineRange;
}

export interface RapCount {
  number: number;
  /** CNT:01-03 gives three counts, each with range [1, 3]. */
  range: [number, number] | null;
  caseNumber: string;
  flags: string[];
  attempted: boolean;
  charge: RapCharge | null;
  /** Further charge lines in the same count (enhancements, OCR splits). */
  otherCharges: RapCharge[];
  toc: 'F' | 'M' | 'I' | 'N' | '';
  /** CONV STATUS given with no DISPO to attach it to. */
  severity: 'F' | 'M' | 'I' | '';
  /** SEN: given with no DISPO to attach it to (custody and probation entries). */
  sentence: RapSentence | null;
  arrestBy: string;
  warrant: string;
  comments: string[];
  dispositions: RapDisposition[];
  updates: RapUpdate[];
  notes: RapNote[];
  /** Lines the parser kept but did not understand. */
  extra: string[];
  lines: LineRange;
}

export interface RapEvent {
  kind: RapEventKind;
  /** The identifier as printed: "ARR/DET/CITE", "CUSTODY:CDC". */
  label: string;
  nameCode: string;
  dob: string;
  date: string;
  agency: string;
  toc: 'F' | 'M' | 'I' | 'N' | '';
  counts: RapCount[];
  comments: string[];
  notes: RapNote[];
  lines: LineRange;
}

export interface RapCycle {
  /** Date of the first event in the cycle. */
  date: string;
  /** A ** POTENTIAL FELONY STRIKE ENTRY ** banner appeared in the cycle. */
  strike: boolean;
  events: RapEvent[];
  lines: LineRange;
}

export interface RapSheet {
  isRapSheet: boolean;
  subject: RapSubject;
  cycles: RapCycle[];
  warnings: RapWarning[];
  /** The * * * END OF MESSAGE * * * line was found. */
  complete: boolean;
}
