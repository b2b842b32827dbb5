// @vitest-environment node
/**
 * Issue 11: serve the agency that obtained the conviction (Pen. Code § 236.14(c)), and count the
 * 45 days from receipt (§ 236.14(c)) under Code Civ. Proc. §§ 12, 12a and 135 (as amended by
 * Stats. 2025, ch. 358 (AB 268), eff. Jan. 1, 2026).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseEvent } from '@/lib/model';
import { assemblePacket, responseDeadline, selectionFor, type PacketResult } from '@/lib/packet';
import { courtHolidays, holidayOn, rollForward } from '@/lib/packet/court-holidays';
import { deadlineStatus, nextDeadline } from '@/lib/packet/deadlines';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { prosecutorFor } from '@/lib/packet/prosecutor';
import { pdfText, sampleBody } from './helpers';

describe('judicial holidays by rule (Code Civ. Proc. § 135; Gov. Code §§ 6700, 6701)', () => {
  it.each([
    [2025, '2025-11-27', '2025-11-28'],
    [2026, '2026-11-26', '2026-11-27'],
    [2027, '2027-11-25', '2027-11-26'],
    [2030, '2030-11-28', '2030-11-29'],
  ])('%i: Thanksgiving %s and the day after %s', (year, thanks, after) => {
    const days = courtHolidays(year);
    expect(days.find((h) => h.name === 'Thanksgiving Day')?.date).toBe(thanks);
    expect(days.find((h) => h.name === 'Day after Thanksgiving')?.date).toBe(after);
  });
  it('2026 list: Juneteenth and Native American Day are judicial holidays; Columbus Day, Admission Day and Genocide Remembrance Day are not', () => {
    expect(holidayOn('2026-06-19')?.name).toBe('Juneteenth');
    expect(holidayOn('2026-09-25')?.name).toBe('Native American Day (fourth Friday in September)');
    expect(holidayOn('2026-02-12')?.name).toBe('Lincoln Day');
    expect(holidayOn('2026-03-31')?.name).toBe('Cesar Chavez Day');
    expect(holidayOn('2026-10-12')).toBeUndefined(); // Columbus Day, excepted by § 135
    expect(holidayOn('2026-09-09')).toBeUndefined(); // Admission Day, excepted by § 135
    expect(holidayOn('2026-04-24')).toBeUndefined(); // Genocide Remembrance Day, excepted since AB 268
    expect(holidayOn('2026-04-03')).toBeUndefined(); // Good Friday: noon to 3 p.m. only, not a full day
  });
  it('a Sunday holiday is observed Monday (Gov. Code § 6701): July 4, 2027 → July 5', () => {
    expect(holidayOn('2027-07-05')).toMatchObject({ name: 'Independence Day (observed)', settled: true });
  });
  it('a Saturday holiday other than Nov. 11 is left to the Judicial Council (§ 135): observed Friday, unsettled', () => {
    expect(holidayOn('2026-07-03')).toMatchObject({ name: 'Independence Day (observed)', settled: false });
    expect(holidayOn('2028-11-10')).toMatchObject({ name: 'Veterans Day (observed)', settled: true });
  });
});

describe('response period: 45 days from receipt (Pen. Code § 236.14(c); Code Civ. Proc. §§ 12, 12a)', () => {
  it('a plain court day: receipt + 45', () => expect(responseDeadline('2026-03-02')).toBe('2026-04-16'));
  it('lands on Thanksgiving 2026: rolls over the day after and the weekend to Monday', () => {
    expect(responseDeadline('2026-10-12')).toBe('2026-11-30');
    expect(rollForward('2026-11-26').skipped.map((h) => h.name)).toEqual(['Thanksgiving Day', 'Day after Thanksgiving', 'Saturday', 'Sunday']);
  });
  it('Thanksgiving 2025 and 2027 too', () => {
    expect(responseDeadline('2025-10-13')).toBe('2025-12-01');
    expect(responseDeadline('2027-10-11')).toBe('2027-11-29');
  });
  it('lands on Juneteenth 2026 (a Friday): Monday June 22', () => expect(responseDeadline('2026-05-05')).toBe('2026-06-22'));
  it('lands on Columbus Day 2026: not a judicial holiday, no roll', () => expect(responseDeadline('2026-08-28')).toBe('2026-10-12'));
  it('service date, method and receipt date are kept apart: mail counts from receipt, not deposit', () => {
    const s = deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'mail', receivedOn: '2026-03-05' }, '2026-03-10');
    expect(s).toMatchObject({ receivedOn: '2026-03-05', due: '2026-04-20', conservativeDue: '2026-04-24', passed: false });
    expect(s.text).toContain('Conservative date if the five-day mail extension of Code Civ. Proc. § 1013(a) applies: 2026-04-24 (unsettled: needs attorney review).');
  });
  it('mail without a receipt date: no deadline is guessed', () => {
    expect(deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'mail' }, '2026-03-10')).toMatchObject({ due: '', passed: false });
  });
  it('personal service is received when handed over', () => expect(deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'personal' }, '2026-03-10').due).toBe('2026-04-16'));
  it('a passed deadline is flagged with § 236.14(d)', () => {
    const s = deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'personal' }, '2026-04-17');
    expect(s.passed).toBe(true);
    expect(s.text).toContain('Response period ended (2026-04-16): no opposition filed? See Pen. Code § 236.14(d)');
    expect(deadlineStatus({ servedOn: '2026-03-02', serviceMethod: 'personal' }, '2026-04-16').passed).toBe(false);
  });
  it('the case header shows the earliest date and flags it once passed (§ 236.14(c), (d))', () => {
    const agencies = [
      { name: 'Los Angeles City Attorney', county: 'Los Angeles', servedOn: '2026-03-02', serviceMethod: 'personal' },
      { name: 'Orange County District Attorney', county: 'Orange', servedOn: '2026-03-02', serviceMethod: 'mail', receivedOn: '2026-03-05' },
      { name: 'Not yet served', county: 'Kern', servedOn: '' },
    ];
    expect(nextDeadline(agencies, '2026-04-01')).toMatchObject({ agency: 'Los Angeles City Attorney', due: '2026-04-16', passed: false });
    const after = nextDeadline(agencies, '2026-04-17');
    expect(after).toMatchObject({ due: '2026-04-16', passed: true });
    expect(after?.text).toContain('See Pen. Code § 236.14(d)');
    expect(nextDeadline([{ name: 'x', county: '', servedOn: '' }], '2026-04-17')).toBeNull();
  });
});

describe('the agency that obtained the conviction (Pen. Code § 236.14(c))', () => {
  const ev = (p: Partial<CaseEvent>) => CaseEvent.parse({ id: 'x', kind: 'conviction', county: 'Los Angeles', ...p });
  it('an LAPD misdemeanor → the Los Angeles City Attorney (suggested, to confirm)', () => {
    expect(prosecutorFor(ev({ agency: 'Los Angeles Police Department', level: 'M' }))).toMatchObject({ name: 'Los Angeles City Attorney', entered: false });
  });
  it('an LAPD felony, a sheriff arrest, a juvenile adjudication → the district attorney', () => {
    expect(prosecutorFor(ev({ agency: 'Los Angeles Police Department', level: 'F' })).name).toBe('Los Angeles County District Attorney');
    expect(prosecutorFor(ev({ agency: 'Los Angeles County Sheriff', level: 'M' })).name).toBe('Los Angeles County District Attorney');
    expect(prosecutorFor(ev({ kind: 'adjudication', agency: 'Los Angeles Police Department', level: 'M' })).name).toBe('Los Angeles County District Attorney');
  });
  it("the attorney's entry on the matter wins", () => {
    expect(prosecutorFor(ev({ agency: 'Long Beach Police Department', level: 'M', prosecutingAgency: 'Long Beach City Prosecutor' }))).toMatchObject({ name: 'Long Beach City Prosecutor', entered: true });
  });
});

describe('petition and proof of service name every agency; the proof states the § 1013a(1) / § 1013b elements', () => {
  let r: PacketResult;
  const text = new Map<string, string>();
  beforeAll(async () => {
    const body = sampleBody();
    body.prosecutingAgencies[0]!.serviceMethod = 'mail';
    body.prosecutingAgencies[0]!.servedOn = '2026-03-02';
    body.prosecutingAgencies.push({ county: 'Los Angeles', name: 'Los Angeles City Attorney', address: { street: '200 N. Main Street', city: 'Los Angeles', state: 'CA', zip: '90012' }, servedOn: '2026-03-02', serviceMethod: 'electronic', receivedOn: '2026-03-02', serviceEmail: 'service@example.org' });
    r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, ['ev-2012-conv', 'ev-2014-drug']), fonts: loadNodeFonts() });
    for (const d of r.packets[0]!.documents) text.set(d.template, await pdfText(d.bytes));
  }, 60_000);
  it('the petition names the prosecuting agency per matter', () => {
    const t = text.get('notice-and-petition')!;
    expect(t).toContain('as to the conviction of August 21, 2012, Case No. 2CA21877, Los Angeles City Attorney');
    expect(t).toContain('as to the conviction of October 30, 2014, Case No. TA134552, Los Angeles County District Attorney');
  });
  it('the proof lists both agencies with their methods and elements, and no receipt date', () => {
    const t = text.get('proof-of-service')!;
    expect(t).toContain("Los Angeles County District Attorney's Office");
    expect(t).toContain('BY MAIL (Code Civ. Proc., § 1013a(1)): I am a resident of or employed in the County of [county of mailing], California, where the mailing occurred. On March 2, 2026, at [city of mailing], California');
    expect(t).toContain('sealed envelope');
    expect(t).toContain('postage fully prepaid');
    expect(t).toContain('BY ELECTRONIC SERVICE (Code Civ. Proc., § 1013b)');
    expect(t).toContain('service@example.org');
    expect(t).not.toMatch(/received/i);
  });
  it('a suggested agency is a draft item until the attorney confirms it on the matter', () => {
    expect(r.draft.some((d) => d.startsWith('Los Angeles County: confirm the prosecuting agency for the conviction of 2012-08-21, PC 647(b)') && d.includes('Los Angeles City Attorney'))).toBe(true);
  });
});
