import { describe, expect, it } from 'vitest';
import { pc1170_18 } from '@/lib/law/remedies/pc-1170-18';
import { apply } from './run';

describe('Pen. Code § 1170.18 (Proposition 47 resentencing / redesignation)', () => {
  it('§ 1170.18(a), (f): a felony drug possession before November 5, 2014', () => {
    expect(apply(pc1170_18, { code: 'HS', section: '11350(a)', level: 'F', date: '2010-06-01' })).toEqual({
      id: 'PC 1170.18',
      fit: 'maybe',
      reasons: [
        {
          text: 'Proposition 47 (November 2014) made this offense a misdemeanor when the value or facts fit. A felony conviction before then can be resentenced as a misdemeanor while the sentence is being served, or redesignated a misdemeanor on application once it is completed.',
          cite: 'Pen. Code § 1170.18(a), (f)',
        },
        {
          text: 'Check the value involved (generally $950 or less for theft, shoplifting, forgery, bad checks and stolen property), that the client has no excluded prior (§ 667(e)(2)(C)(iv)) and no § 290(c) registration duty, and whether the filing deadline has passed (a late petition needs good cause): needs attorney review.',
          cite: 'Pen. Code § 1170.18(i), (j)',
        },
      ],
    });
  });
  it('fits § 496 and § 666 felonies; not after November 4, 2014, not misdemeanors, not first-degree burglary or robbery', () => {
    // Outside the trafficking periods, so vacatur is a review and the fallbacks apply.
    const periods = [{ from: '2000-01-01', to: '2001-01-01' }];
    expect(apply(pc1170_18, { section: '496(a)', level: 'F', date: '2014-11-04' }, { periods }).fit).toBe('maybe');
    expect(apply(pc1170_18, { section: '666', level: 'F', date: '2009-01-01' }).fit).toBe('maybe');
    expect(apply(pc1170_18, { section: '496(a)', level: 'F', date: '2014-11-05' }, { periods }).fit).toBe('no');
    expect(apply(pc1170_18, { code: 'HS', section: '11350(a)', level: 'M', date: '2010-06-01' }).fit).toBe('no');
    expect(apply(pc1170_18, { section: '459', level: 'F', date: '2010-06-01', description: 'BURGLARY:FIRST DEGREE' }).fit).toBe('no');
    expect(apply(pc1170_18, { section: '211', level: 'F', date: '2010-06-01' }).fit).toBe('no');
  });
});
