import { describe, expect, it } from 'vitest';
import { pc851_91 } from '@/lib/law/remedies/pc-851-91';
import { apply } from './run';

const LIMITS = { text: 'The arrest is sealed, not destroyed: it must still be disclosed on applications to be a peace officer, for public office, licensure and Lottery contracts.', cite: 'Pen. Code § 851.91; § 851.92' };

describe('PC 851.91 (fallback for arrests without conviction)', () => {
  it('fits an arrest that was dismissed or never charged', () => {
    expect(apply(pc851_91, { kind: 'arrest', section: '211', disposition: 'DISMISSED/FURTHERANCE OF JUSTICE' })).toEqual({
      id: 'PC 851.91',
      fit: 'candidate',
      reasons: [
        {
          text: 'An arrest that did not end in a conviction can be sealed by petition (for example, no charges filed, charges dismissed and not refilable, or acquittal); sealing is a matter of right unless an exception applies (forms CR-409 and CR-410).',
          cite: 'Pen. Code § 851.91(a)',
        },
        LIMITS,
      ],
    });
    // No charges filed: only once the statute of limitations has run (§ 851.91(a); issue 11).
    expect(apply(pc851_91, { kind: 'arrest', section: '211', disposition: 'PROS REJ-INSUFFICIENT EVIDENCE' }).fit).toBe('maybe');
  });
  it('is a "maybe" when the outcome is not shown, and does not fit convictions', () => {
    expect(apply(pc851_91, { kind: 'arrest', section: '211' })).toEqual({
      id: 'PC 851.91',
      fit: 'maybe',
      reasons: [{ text: 'If this arrest did not lead to a conviction, it can be sealed by petition; the record does not show the outcome.', cite: 'Pen. Code § 851.91(a)' }, LIMITS],
    });
    expect(apply(pc851_91, { kind: 'arrest', section: '211', disposition: 'CONVICTED' }).fit).toBe('no');
    expect(apply(pc851_91, { kind: 'conviction', section: '211' }).fit).toBe('no');
  });
});

describe('Pen. Code § 851.91(a): "no charges filed" only after the statute of limitations has run (issue 11)', () => {
  it('a prosecutor rejection is a maybe that says so', () => {
    const r = apply(pc851_91, { kind: 'arrest', section: '484(a)', level: 'M', disposition: 'PROS REJ-LACK OF SUFF EVIDENCE', date: '2019-03-01' });
    expect(r.fit).toBe('maybe');
    expect(r.reasons[1]!.text).toMatch(/only once the statute of limitations has run/);
  });
  it('an acquittal is still a candidate', () => {
    expect(apply(pc851_91, { kind: 'arrest', section: '484(a)', level: 'M', disposition: 'NOT GUILTY', date: '2019-03-01' }).fit).toBe('candidate');
  });
});
