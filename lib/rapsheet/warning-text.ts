import type { RapEventKind } from './types';

/** Entry identifiers as DOJ prints them, so a warning names an entry the way the sheet does. */
export const EVENT_LABEL: Record<RapEventKind, string> = {
  arrest: 'ARR/DET/CITE',
  'supplemental-arrest': 'SUPPLEMENTAL ARR',
  court: 'COURT',
  custody: 'CUSTODY',
  probation: 'PROBATION',
  registration: 'REGISTRATION',
  applicant: 'APPLICANT',
  'mental-health': 'MENTAL HLTH',
  deceased: 'DECEASED',
  other: 'OTHER',
  unknown: 'entry',
};

/** Two digits, as the sheet prints count and name numbers (CNT:01, NAM/01). */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Quotes a line in a warning without letting a long one swamp the message. */
export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
