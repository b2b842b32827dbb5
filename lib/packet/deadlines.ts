/**
 * The prosecuting agency's response period: "45 days from the date of receipt of service"
 * (Pen. Code § 236.14(c); reference rule R24). Counted under Code Civ. Proc. § 12 (exclude the
 * first day, include the last) and moved past weekends and judicial holidays under § 12a and § 135
 * (court-holidays.ts). The service date, the method and the receipt date are kept apart: the
 * period runs from receipt, and a proof of service never swears to a receipt date.
 *
 * Mail: whether Code Civ. Proc. § 1013(a)'s five-day extension applies on top of a period that
 * already runs from receipt is not settled (the reference gives receipt + 45 only): needs attorney
 * review. A labelled conservative date (five calendar days later, then moved past holidays) is
 * given as well, so nobody treats the petition as unopposed too early (§ 236.14(d)).
 */
import type { ProsecutingAgency } from '@/lib/model';
import { isIsoDate } from '@/lib/model';
import { addCalendarDays, rollForward, type CourtHoliday } from './court-holidays';

export type ServiceMethod = '' | 'personal' | 'mail' | 'electronic';

/**
 * The day the response is due, from the date the agency received service.
 * @example responseDeadline('2026-03-02') // '2026-04-16'
 * @example responseDeadline('2026-10-12') // '2026-11-30' (Nov. 26 is Thanksgiving, then the day after, then the weekend)
 * @returns '' when `receivedOn` is not a date.
 */
export function responseDeadline(receivedOn: string): string {
  return isIsoDate(receivedOn) ? rollForward(addCalendarDays(receivedOn, 45)).date : '';
}

export interface DeadlineStatus {
  /** The date the period runs from ('' when unknown). */
  receivedOn: string;
  /** Receipt + 45 days, moved past holidays ('' when the receipt date is unknown). */
  due: string;
  /** Holidays and weekend days the due date was moved over. */
  skipped: CourtHoliday[];
  /** For mail service: the due date if § 1013(a)'s five days apply (unsettled). */
  conservativeDue: string;
  /** `asOf` is after the due date (the conservative one for mail). */
  passed: boolean;
  /** One line for the panel and the case header. */
  text: string;
}

/** The receipt date: given, or the service date for personal delivery (received when handed over). */
export function receiptDate(a: Pick<ProsecutingAgency, 'servedOn'> & { receivedOn?: string; serviceMethod?: string }): string {
  if (a.receivedOn && isIsoDate(a.receivedOn)) return a.receivedOn;
  if (a.serviceMethod === 'personal' && isIsoDate(a.servedOn)) return a.servedOn;
  return '';
}

/**
 * Where the response period of one agency stands on `asOf`.
 * @example deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'personal' }, '2026-05-01').passed // true
 */
export function deadlineStatus(a: Pick<ProsecutingAgency, 'servedOn'> & { receivedOn?: string; serviceMethod?: string }, asOf: string): DeadlineStatus {
  const receivedOn = receiptDate(a);
  if (!receivedOn) {
    const text = a.serviceMethod === 'mail' || a.serviceMethod === 'electronic'
      ? 'Enter the date the agency received service: the 45 days run from receipt (Pen. Code § 236.14(c)).'
      : 'Enter how and when the agency was served and received service: the 45 days run from receipt (Pen. Code § 236.14(c)).';
    return { receivedOn: '', due: '', skipped: [], conservativeDue: '', passed: false, text };
  }
  const rolled = rollForward(addCalendarDays(receivedOn, 45));
  const conservativeDue = a.serviceMethod === 'mail' ? rollForward(addCalendarDays(receivedOn, 50)).date : '';
  const last = conservativeDue || rolled.date;
  const passed = asOf > last;
  const unsettled = rolled.skipped.some((h) => !h.settled);
  const parts = [
    `Response due ${rolled.date}: 45 days from receipt on ${receivedOn} (Pen. Code § 236.14(c))${rolled.skipped.length ? `, moved past ${rolled.skipped.map((h) => h.name).join(', ')} (Code Civ. Proc. §§ 12a, 135)` : ''}.`,
    ...(unsettled ? ['An observed holiday the Judicial Council designates moved this date: needs attorney review.'] : []),
    ...(conservativeDue ? [`Conservative date if the five-day mail extension of Code Civ. Proc. § 1013(a) applies: ${conservativeDue} (unsettled: needs attorney review).`] : []),
    ...(passed ? [`Response period ended (${last}): no opposition filed? See Pen. Code § 236.14(d) (the court may deem the petition unopposed).`] : []),
  ];
  return { receivedOn, due: rolled.date, skipped: rolled.skipped, conservativeDue, passed, text: parts.join(' ') };
}

/**
 * The earliest response date across the agencies served, for the case header; `passed` and `text`
 * say when it has ended ("response period ended: no opposition filed? see 236.14(d)"). For mail
 * the conservative date counts, so a period is never shown as ended too early.
 * @example nextDeadline([{ name: 'LA DA', servedOn: '2026-03-02', serviceMethod: 'personal' }], '2026-05-01')?.passed // true
 */
export function nextDeadline(
  agencies: readonly (Pick<ProsecutingAgency, 'servedOn' | 'name' | 'county'> & { receivedOn?: string; serviceMethod?: string })[],
  asOf: string,
): { due: string; agency: string; passed: boolean; text: string } | null {
  const dues = agencies
    .map((a) => {
      const s = deadlineStatus(a, asOf);
      return { due: s.conservativeDue || s.due, agency: a.name || a.county || 'prosecuting agency', passed: s.passed, text: s.text };
    })
    .filter((d) => d.due)
    .sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0));
  return dues[0] ?? null;
}
