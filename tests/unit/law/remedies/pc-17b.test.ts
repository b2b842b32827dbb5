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
          text: 'This offense can be punished as a felony or a misdemeanor (a "wobbler"). The court can declare it a misdemeanor for all purposes unless a state prison term was imposed; it is usually asked for together with a § 1203.4 dismissal (form CR-180).',
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
