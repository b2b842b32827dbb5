import { describe, expect, it } from 'vitest';
import { pc1203_47 } from '@/lib/law/remedies/pc-1203-47';
import { apply } from './run';

const MAIN = { text: 'A juvenile adjudication for § 647(b) or former § 653.22 can be sealed once the client is 18, without the usual showings of rehabilitation or of no later felony or moral-turpitude conviction.', cite: 'Pen. Code § 1203.47(a); Welf. & Inst. Code § 781' };
const BUYER = { text: 'Not available to the person who paid or offered to pay for a sex act (the buyer).', cite: 'Pen. Code § 1203.47(b)' };

describe('PC 1203.47 (juvenile 647(b) / former 653.22)', () => {
  it('fits juvenile adjudications for 647(b) and former 653.22', () => {
    expect(apply(pc1203_47, { kind: 'adjudication', section: '647(b)', level: 'M' })).toEqual({ id: 'PC 1203.47', fit: 'candidate', reasons: [MAIN, BUYER] });
    expect(apply(pc1203_47, { kind: 'adjudication', section: '653.22(a)', level: 'M' }).fit).toBe('candidate');
  });
  it('waits for the client to turn 18', () => {
    expect(apply(pc1203_47, { kind: 'adjudication', section: '647(b)(1)', level: 'M' }, { clientDob: '2009-08-10', asOf: '2026-03-01' })).toEqual({
      id: 'PC 1203.47',
      fit: 'maybe',
      reasons: [MAIN, BUYER, { text: 'The client turns 18 on 2027-08-10; sealing under § 1203.47 is available from then.', cite: 'Pen. Code § 1203.47(a)' }],
    });
  });
  it('not for buyers, adults or other offenses', () => {
    expect(apply(pc1203_47, { kind: 'adjudication', section: '647(b)(2)', level: 'M' })).toEqual({ id: 'PC 1203.47', fit: 'no', reasons: [BUYER] });
    expect(apply(pc1203_47, { kind: 'conviction', section: '647(b)', level: 'M' }).fit).toBe('no');
    expect(apply(pc1203_47, { kind: 'adjudication', section: '484(a)', level: 'M' }).fit).toBe('no');
  });
});
