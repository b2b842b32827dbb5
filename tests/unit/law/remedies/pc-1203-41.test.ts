import { describe, expect, it } from 'vitest';
import { screenEvent } from '@/lib/law';
import { pc1203_41 } from '@/lib/law/remedies/pc-1203-41';
import { AS_OF, TRAFFICKING, ev } from '../helpers';
import { apply } from './run';

const JAIL = '16 MONTHS COUNTY JAIL PER 1170(H)';

describe('Pen. Code § 1203.41 (felony county jail under § 1170(h))', () => {
  it('§ 1203.41(a): a felony with a § 1170(h) county jail term fits, with timing and conditions', () => {
    expect(apply(pc1203_41, { section: '496(a)', level: 'F', sentence: JAIL, date: '2018-03-01' })).toEqual({
      id: 'PC 1203.41',
      fit: 'maybe',
      reasons: [
        {
          text: 'This felony was sentenced to county jail under § 1170(h). The court can, in its discretion and in the interest of justice, let the client withdraw the plea and dismiss the case (form CR-180).',
          cite: 'Pen. Code § 1203.41(a)(1)',
        },
        {
          text: 'Relief can be granted one year after the sentence was completed if it was a split sentence (§ 1170(h)(5)(B)), or two years after if it was a straight county jail term (§ 1170(h)(5)(A)); the record does not show when the term ended. Check the completion date.',
          cite: 'Pen. Code § 1203.41(a)(2)',
        },
        { text: 'Not while the client is under supervision, serving a sentence, on probation or charged with an offense.', cite: 'Pen. Code § 1203.41(a)(3)' },
      ],
    });
  });
  it('§ 1203.41 (as amended to reach state prison, reference table [LEG §1203.41]): a felony state prison term fits, two years after completion, not for § 290 registrants', () => {
    const r = apply(pc1203_41, { section: '459', level: 'F', sentence: '2 YEARS STATE PRISON', date: '2016-05-01' });
    expect(r.fit).toBe('maybe');
    expect(r.reasons[0]).toMatchObject({ cite: 'Pen. Code § 1203.41(a)' });
    expect(r.reasons[0]!.text).toContain('state prison');
    expect(r.reasons[0]!.text).toContain('two years after the sentence was completed');
    expect(r.reasons[1]!.text).toContain('§ 290');
    expect(r.reasons[1]!.text).toContain('need attorney review');
    // A suspended prison term with probation is a § 1203.4 case, not this one.
    expect(apply(pc1203_41, { section: '459', level: 'F', sentence: '2 YEARS STATE PRISON SUSPENDED, 3 YEARS PROBATION', date: '2016-05-01' }).fit).toBe('no');
  });
  it('not for probation, misdemeanors, or when vacatur is the candidate', () => {
    expect(apply(pc1203_41, { section: '496(a)', level: 'F', sentence: '3 YEARS PROBATION', date: '2018-03-01' }).fit).toBe('no');
    expect(apply(pc1203_41, { section: '496(a)', level: 'M', sentence: JAIL, date: '2018-03-01' }).fit).toBe('no');
    expect(apply(pc1203_41, { section: '496(a)', level: 'F', sentence: JAIL, date: '2013-03-01' }).fit).toBe('no');
  });
  it('the § 1203.4 "no probation" pointer now leads to a real § 1203.41 remedy in screen()', () => {
    const item = screenEvent(ev({ section: '496(a)', level: 'F', sentence: JAIL, date: '2018-03-01' }), TRAFFICKING, { asOf: AS_OF });
    expect(item.remedies.map((r) => r.id)).toContain('PC 1203.41');
    expect(item.remedies.map((r) => r.id)).not.toContain('PC 1203.4');
  });
});
