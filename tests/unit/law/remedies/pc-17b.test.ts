import { describe, expect, it } from 'vitest';
import { pc17b } from '@/lib/law/remedies/pc-17b';
import { apply } from './run';

describe('PC 17(b) (fallback)', () => {
  it('offers reduction of a felony wobbler', () => {
    expect(apply(pc17b, { section: '496(a)', level: 'F', sentence: 'probation', date: '2019-03-01' })).toEqual({
      id: 'PC 17(b)',
      fit: 'maybe',
      reasons: [
        {
          text: 'This offense can be punished as a felony or a misdemeanor (a "wobbler"). Because probation was granted, the court can declare it a misdemeanor for all purposes on application; it is usually asked for together with a § 1203.4 dismissal (form CR-180).',
          cite: 'Pen. Code § 17(b)(3)',
        },
      ],
    });
  });
  it('not after a state prison term, for straight felonies or misdemeanors', () => {
    expect(apply(pc17b, { section: '496(a)', level: 'F', sentence: '2 years state prison', date: '2019-03-01' }).fit).toBe('no');
    expect(apply(pc17b, { section: '211', level: 'F', sentence: 'probation' }).fit).toBe('no');
    expect(apply(pc17b, { section: '496(a)', level: 'M', date: '2019-03-01' }).fit).toBe('no');
  });
});

describe('Pen. Code § 17(b)(1), (3) (issue 11)', () => {
  it('§ 17(b)(1): not after a county jail term under § 1170(h)', () => {
    expect(apply(pc17b, { section: '496(a)', level: 'F', sentence: '16 MONTHS COUNTY JAIL PER 1170(H)', date: '2019-03-01' }).fit).toBe('no');
  });
  it('§ 17(b)(3) needs probation: without it, a "maybe" that says so', () => {
    expect(apply(pc17b, { section: '496(a)', level: 'F', sentence: '', date: '2019-03-01' }).reasons[0]!.cite).toBe('Pen. Code § 17(b)(1), (3)');
  });
});
