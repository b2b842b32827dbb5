import { addDays, isIsoDate } from '@/lib/model';

/**
 * The date a prosecuting agency's response is due: 45 days from the date of receipt of service
 * (Pen. Code, § 236.14, subd. (c); shared/reference/california-law.md 9.3, R24).
 *
 * The statute counts from *receipt* of service, not from mailing, so the input is the date the
 * agency received the papers. Whether the five-day extension for service by mail in the Code of
 * Civil Procedure applies on top of a receipt-based period is not settled by the reference
 * (section 9.3 gives receipt + 45 days only): needs attorney review. So is rolling a due date that
 * falls on a weekend or court holiday to the next court day: not applied here.
 *
 * @example responseDeadline('2026-03-02') // '2026-04-16'
 * @returns '' when `servedOn` is not a date.
 */
export function responseDeadline(servedOn: string): string {
  return isIsoDate(servedOn) ? addDays(servedOn, 45) : '';
}
