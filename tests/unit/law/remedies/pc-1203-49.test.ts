import { describe, expect, it } from 'vitest';
import { pc1203_49 } from '@/lib/law/remedies/pc-1203-49';
import { apply } from './run';

const MAIN = { text: 'A § 647(b) prostitution or solicitation conviction can be dismissed once any probation is complete, on clear and convincing evidence that it was the result of the client being a trafficking victim.', cite: 'Pen. Code § 1203.49' };
const EFFECT = { text: 'The order finds the client was a trafficking victim, grants § 1203.4 relief and notifies the Department of Justice; records are not destroyed, so vacatur under § 236.14 goes further.', cite: 'Pen. Code § 1203.49(a)-(c); § 236.14(t)(2)' };

describe('PC 1203.49 (647(b))', () => {
  it('fits a § 647(b) conviction', () => {
    expect(apply(pc1203_49, { section: '647(b)', level: 'M', sentence: '36 months probation', date: '2013-05-02' })).toEqual({ id: 'PC 1203.49', fit: 'candidate', reasons: [MAIN, EFFECT] });
    expect(apply(pc1203_49, { section: '647B', level: 'M' }).fit).toBe('candidate');
  });
  it('is a "maybe" while probation is still running (asOf, never the clock)', () => {
    expect(apply(pc1203_49, { section: '647(b)', level: 'M', sentence: '036 MONTHS PROBATION, 010 DAYS JAIL', date: '2025-01-15' }, { asOf: '2026-03-01', periods: [{ from: '2024-01-01', to: '2025-12-31' }] })).toEqual({
      id: 'PC 1203.49',
      fit: 'maybe',
      reasons: [MAIN, { text: 'Probation appears to run until 2028-01-15; this petition is available once probation is complete.', cite: 'Pen. Code § 1203.49' }, EFFECT],
    });
  });
  it('does not fit other offenses, arrests or adjudications', () => {
    expect(apply(pc1203_49, { section: '647(a)', level: 'M' }).fit).toBe('no');
    expect(apply(pc1203_49, { kind: 'arrest', section: '647(b)', level: 'M' }).fit).toBe('no');
    expect(apply(pc1203_49, { kind: 'adjudication', section: '647(b)', level: 'M' }).fit).toBe('no');
  });
});

describe('Pen. Code § 1203.49: "maybe" until timing and probation are settled (issue 11)', () => {
  it('a date outside the trafficking periods (timing unresolved): maybe, not candidate', () => {
    const r = apply(pc1203_49, { section: '647(b)', level: 'M', sentence: 'fine', date: '2019-03-01' });
    expect(r.fit).toBe('maybe');
    expect(r.reasons[1]!.cite).toBe('Pen. Code § 1203.49; § 236.14(g)(1)');
  });
  it('probation whose end the record does not show: maybe', () => {
    expect(apply(pc1203_49, { section: '647(b)', level: 'M', sentence: 'summary probation', date: '2013-05-02' }).fit).toBe('maybe');
  });
});
