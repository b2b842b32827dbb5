/**
 * Issue 11, offense date vs record date: § 236.14(a) reaches an offense "committed while they were
 * a victim of human trafficking", and (g)(1) needs the petitioner to have been a victim "at the time
 * of the alleged commission of the qualifying crime". A conviction's record date is the court date.
 */
import { describe, expect, it } from 'vitest';
import { screenEvent } from '@/lib/law';
import { AS_OF, ev } from './helpers';

const periods = [{ from: '2012-03-01', to: '2014-06-30' }];
const at = (extra: Record<string, unknown>) => screenEvent(ev({ section: '647(b)', level: 'M', ...extra }), { periods }, { asOf: AS_OF });

describe('Pen. Code § 236.14(a), (g)(1): when the offense was committed', () => {
  it('a conviction dated only by the court: the reason says so and asks for the offense date', () => {
    const item = at({ date: '2012-04-10' });
    expect(item.verdict).toBe('candidate');
    expect(item.reasons.find((r) => r.cite === 'Pen. Code § 236.14(a), (g)(1)')!.text).toBe(
      'The record shows only the court date 2012-04-10, not the date the offense was committed; the court date falls within the trafficking period 2012-03-01 to 2014-06-30, but an offense comes before its court date. Enter the offense date from the court file before the petition says the offense was committed while the client was trafficked.',
    );
  });
  it('a court date outside the periods: review, the question asks about the time of the offense', () => {
    const item = at({ date: '2014-08-01' });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]!.text).toMatch(/^The record shows only the court date 2014-08-01, not the date the offense was committed/);
    expect(item.questions[0]!.id).toBe('victim-at-time');
  });
  it('the offense date, once entered, decides (court date after the period, offense inside it)', () => {
    const item = at({ date: '2014-08-01', offenseDate: '2014-06-30' });
    expect(item.verdict).toBe('candidate');
    expect(item.reasons.some((r) => r.text === 'The offense date 2014-06-30 falls within the trafficking period 2012-03-01 to 2014-06-30.')).toBe(true);
  });
  it('an offense date before the period with a court date inside it: review', () => {
    expect(at({ date: '2012-03-05', offenseDate: '2012-02-20' }).verdict).toBe('review');
  });
  it('an arrest is dated by the arrest', () => {
    const item = at({ kind: 'arrest', date: '2013-01-01' });
    expect(item.reasons.some((r) => r.text === 'The arrest date 2013-01-01 falls within the trafficking period 2012-03-01 to 2014-06-30.')).toBe(true);
  });
});
