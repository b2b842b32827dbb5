import { isIsoDate } from '../model/dates';

const RE_MDY = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const RE_YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const RE_DOTS = /[.\s]/g;
const RE_8 = /^\d{8}$/;
const RE_LEADING_DATE = /^(\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2}|(?:\d\.?){8})(?=\s|$|[A-Z*])/;

/**
 * Reads a RAP sheet date. DOJ prints YYYYMMDD (the CfA grammar tolerates stray dots:
 * "2015.06.12"); hand-typed and some county copies use MMDDYYYY, MM/DD/YYYY or YYYY-MM-DD.
 * The two 8-digit orders never collide: a year 19xx/20xx read as a month is over 12.
 * Returns YYYY-MM-DD, or '' when the text is not a real calendar date.
 * @example parseRapDate('20150612') // '2015-06-12'
 * @example parseRapDate('06122015') // '2015-06-12'
 */
export function parseRapDate(raw: string): string {
  const s = raw.trim();
  let m = RE_MDY.exec(s);
  if (m) return iso(m[3]!, m[1]!, m[2]!);
  m = RE_YMD.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  const d = s.replace(RE_DOTS, '');
  if (!RE_8.test(d)) return '';
  const ymd = iso(d.slice(0, 4), d.slice(4, 6), d.slice(6, 8));
  if (ymd && plausibleYear(d.slice(0, 4))) return ymd;
  const mdy = iso(d.slice(4, 8), d.slice(0, 2), d.slice(2, 4));
  if (mdy && plausibleYear(d.slice(4, 8))) return mdy;
  return '';
}

function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1900 && n <= 2099;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function iso(y: string, m: string, d: string): string {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(year >= 1900 && year <= 2099) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= DAYS[month - 1]!)) return '';
  const s = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // Only 29 February needs the calendar (leap years).
  return month === 2 && day === 29 && !isIsoDate(s) ? '' : s;
}

/**
 * A date at the start of a line: 8 digits (dots allowed between them) or a separated form,
 * followed by the rest of the line. Returns null when the line does not start with a date.
 * `raw` is returned so an unreadable date can be reported.
 */
export function leadingDate(line: string): { raw: string; date: string; rest: string } | null {
  const m = RE_LEADING_DATE.exec(line);
  if (!m) return null;
  const raw = m[1]!;
  return { raw, date: parseRapDate(raw), rest: line.slice(raw.length).trim() };
}
