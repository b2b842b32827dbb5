import { describe, expect, it } from 'vitest';
import { pc653_29 } from '@/lib/law/remedies/pc-653-29';
import { apply } from './run';

describe('PC 653.29 (former 653.22)', () => {
  it('fits a former § 653.22 conviction, inside or outside a trafficking period', () => {
    const want = {
      id: 'PC 653.29',
      fit: 'candidate',
      reasons: [
        {
          text: 'Former § 653.22 (loitering with intent to commit prostitution) was repealed effective January 1, 2023. A person who has completed the sentence can apply to have this conviction dismissed and sealed as legally invalid; no trafficking showing is needed.',
          cite: 'Pen. Code § 653.29(b)',
        },
        {
          text: 'The application is presumed valid unless the prosecution proves otherwise by clear and convincing evidence, and no hearing is needed unless the applicant asks for one (Judicial Council forms CR-425 and CR-426).',
          cite: 'Pen. Code § 653.29(b)(2), (c)',
        },
      ],
    };
    expect(apply(pc653_29, { section: '653.22(a)', level: 'M' })).toEqual(want);
    expect(apply(pc653_29, { section: '653.22(A)', level: 'M', date: '2020-01-01' })).toEqual(want);
  });
  it('does not fit arrests, adjudications or other sections', () => {
    expect(apply(pc653_29, { kind: 'arrest', section: '653.22(a)', level: 'M' }).fit).toBe('no');
    expect(apply(pc653_29, { kind: 'adjudication', section: '653.22(a)', level: 'M' }).fit).toBe('no');
    expect(apply(pc653_29, { section: '653.23(a)(1)', level: 'M' }).fit).toBe('no');
  });
});

describe('Pen. Code § 653.29(a): a person still serving the sentence (issue 11)', () => {
  it('probation still running: (a) is cited, not (b)', () => {
    const r = apply(pc653_29, { section: '653.22(a)', level: 'M', sentence: '36 months probation', date: '2022-06-01' }, { asOf: '2024-01-01' });
    expect(r.fit).toBe('candidate');
    expect(r.reasons[0]!.cite).toBe('Pen. Code § 653.29(a)');
  });
});
