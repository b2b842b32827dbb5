import { describe, expect, it } from 'vitest';
import { pc1203_42 } from '@/lib/law/remedies/pc-1203-42';
import { apply } from './run';

describe('Pen. Code § 1203.42 (pre-realignment prison sentence)', () => {
  it('§ 1203.42(a): a state prison felony sentenced before October 1, 2011 is a "maybe" that needs attorney review', () => {
    expect(apply(pc1203_42, { section: '496(a)', level: 'F', sentence: '2 YEARS STATE PRISON', date: '2010-06-01' })).toEqual({
      id: 'PC 1203.42',
      fit: 'maybe',
      reasons: [
        {
          text: 'This felony was sentenced to state prison before realignment (October 1, 2011). If the crime would now be sentenced to county jail under § 1170(h), the court can, in its discretion and in the interest of justice, let the client withdraw the plea and dismiss the case, two years after the sentence was completed (form CR-180).',
          cite: 'Pen. Code § 1203.42(a)(1), (2)',
        },
        {
          text: "Whether this offense would have been eligible for a § 1170(h) county jail sentence (it depends on the offense and on the client's prior serious or violent felonies and registration) needs attorney review.",
          cite: 'Pen. Code § 1203.42(a); § 1170(h)(3)',
        },
      ],
    });
  });
  it('not on or after October 1, 2011, not for probation, not for violent felonies', () => {
    expect(apply(pc1203_42, { section: '496(a)', level: 'F', sentence: '2 YEARS STATE PRISON', date: '2011-10-01' }).fit).toBe('no');
    expect(apply(pc1203_42, { section: '496(a)', level: 'F', sentence: '3 YEARS PROBATION', date: '2010-06-01' }).fit).toBe('no');
    expect(apply(pc1203_42, { section: '211', level: 'F', sentence: '3 YEARS STATE PRISON', date: '2010-06-01' }).fit).toBe('no');
  });
});
