/**
 * California judicial holidays, computed by rule for any year (no table to keep up to date).
 *
 * Code Civ. Proc. § 135 (as amended by Stats. 2025, ch. 358 (AB 268), eff. Jan. 1, 2026): every
 * full day designated a holiday by Gov. Code § 6700, plus Thanksgiving, is a judicial holiday,
 * EXCEPT Lunar New Year, Diwali, April 24 ("Genocide Remembrance Day"), September 9 ("Admission
 * Day"), the second Monday in October ("Columbus Day") and days appointed by the President but not
 * the Governor. Every Saturday and the day after Thanksgiving are judicial holidays. Good Friday
 * (noon to 3 p.m. in § 6700) is not a full day, so it is not one. Source: the leginfo text of § 135
 * (history line "Amended by Stats. 2025, Ch. 358, Sec. 2. (AB 268) Effective January 1, 2026"),
 * mirrored in the repository the law reference cites ([LEG]); Gov. Code § 6700 list as published.
 *
 * Weekend observance: Gov. Code § 6701 moves January 1, February 12, March 31, July 4, September 9,
 * November 11 and December 25 to the Monday when they fall on a Sunday, and November 11 to the
 * Friday when it falls on a Saturday. For other weekend holidays § 135 says the Judicial Council
 * "may designate an alternative day": those observed days are included (a later deadline is the
 * safe one for a response period) and marked `settled: false`, so a date they move says "needs
 * attorney review". Days the Governor proclaims are not known in advance and are not included.
 */

export interface CourtHoliday {
  date: string;
  name: string;
  /** False for an observed day the law leaves to the Judicial Council (see above). */
  settled: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Day of week, 0 = Sunday (UTC arithmetic, no time zone). */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
function nthWeekday(y: number, m: number, dow: number, n: number): string {
  const first = weekday(iso(y, m, 1));
  return iso(y, m, 1 + ((dow - first + 7) % 7) + (n - 1) * 7);
}
function lastWeekday(y: number, m: number, dow: number): string {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekday(iso(y, m, days));
  return iso(y, m, days - ((last - dow + 7) % 7));
}
function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Fixed-date holidays that Gov. Code § 6701 moves to Monday when they fall on a Sunday. */
const SUNDAY_TO_MONDAY_BY_STATUTE = new Set(['01-01', '02-12', '03-31', '07-04', '09-09', '11-11', '12-25']);

/**
 * The judicial holidays of `year` other than Saturdays and Sundays, with observed days.
 * @example courtHolidays(2026).find((h) => h.name === 'Day after Thanksgiving')?.date // '2026-11-27'
 */
export function courtHolidays(year: number): CourtHoliday[] {
  const out: CourtHoliday[] = [];
  const fixed: [number, number, string][] = [
    [1, 1, "New Year's Day"],
    [2, 12, 'Lincoln Day'],
    [3, 31, 'Cesar Chavez Day'],
    [6, 19, 'Juneteenth'],
    [7, 4, 'Independence Day'],
    [11, 11, 'Veterans Day'],
    [12, 25, 'Christmas Day'],
  ];
  for (const [m, d, name] of fixed) {
    const date = iso(year, m, d);
    out.push({ date, name, settled: true });
    const dow = weekday(date);
    if (dow === 0) out.push({ date: shift(date, 1), name: `${name} (observed)`, settled: SUNDAY_TO_MONDAY_BY_STATUTE.has(date.slice(5)) });
    if (dow === 6) out.push({ date: shift(date, -1), name: `${name} (observed)`, settled: date.slice(5) === '11-11' });
  }
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  out.push(
    { date: nthWeekday(year, 1, 1, 3), name: 'Dr. Martin Luther King, Jr. Day', settled: true },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday (third Monday in February)", settled: true },
    { date: lastWeekday(year, 5, 1), name: 'Memorial Day (last Monday in May)', settled: true },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day (first Monday in September)', settled: true },
    { date: nthWeekday(year, 9, 5, 4), name: 'Native American Day (fourth Friday in September)', settled: true },
    { date: thanksgiving, name: 'Thanksgiving Day', settled: true },
    { date: shift(thanksgiving, 1), name: 'Day after Thanksgiving', settled: true },
  );
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const CACHE = new Map<number, Map<string, CourtHoliday>>();
function holidayMap(year: number): Map<string, CourtHoliday> {
  let m = CACHE.get(year);
  if (!m) CACHE.set(year, (m = new Map(courtHolidays(year).map((h) => [h.date, h]))));
  return m;
}

/** The judicial holiday on `date` (Saturdays and Sundays included), or undefined on a court day. */
export function holidayOn(date: string): CourtHoliday | undefined {
  const dow = weekday(date);
  if (dow === 6) return { date, name: 'Saturday', settled: true };
  if (dow === 0) return { date, name: 'Sunday', settled: true };
  return holidayMap(Number(date.slice(0, 4))).get(date);
}

/**
 * The last day of a period, moved past holidays: "If the last day for the performance of any act
 * ... is a holiday, then that period is hereby extended to and including the next day that is not
 * a holiday" (Code Civ. Proc. §§ 12, 12a). Returns the days it stepped over.
 */
export function rollForward(date: string): { date: string; skipped: CourtHoliday[] } {
  const skipped: CourtHoliday[] = [];
  let d = date;
  for (let h = holidayOn(d); h; h = holidayOn(d)) {
    skipped.push(h);
    d = shift(d, 1);
  }
  return { date: d, skipped };
}

export { shift as addCalendarDays };
