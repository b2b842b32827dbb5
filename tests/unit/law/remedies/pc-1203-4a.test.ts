import { describe, expect, it } from 'vitest';
import { pc1203_4a } from '@/lib/law/remedies/pc-1203-4a';
import { apply } from './run';

const MAIN = { text: "A misdemeanor or infraction without probation can be dismissed one year after judgment: as of right if the sentence was completed and the client has obeyed the law since, otherwise in the court's discretion (form CR-180).", cite: 'Pen. Code § 1203.4a(a), (b)' };

describe('PC 1203.4a (fallback)', () => {
  it('fits a misdemeanor without probation, one year after judgment', () => {
    expect(apply(pc1203_4a, { section: '484(a)', level: 'M', sentence: '10 days jail, fine', date: '2019-03-01' })).toEqual({ id: 'PC 1203.4a', fit: 'candidate', reasons: [MAIN] });
  });
  it('counts the year from judgment against asOf', () => {
    expect(apply(pc1203_4a, { section: '484(a)', level: 'M', sentence: 'fine', date: '2025-06-01' }, { asOf: '2026-03-01' })).toEqual({
      id: 'PC 1203.4a',
      fit: 'maybe',
      reasons: [MAIN, { text: 'One year after judgment is 2026-06-01; the petition can be filed from then.', cite: 'Pen. Code § 1203.4a(a)' }],
    });
  });
  it('not for felonies, probation cases, or when vacatur is a candidate', () => {
    expect(apply(pc1203_4a, { section: '211', level: 'F', sentence: 'fine' }).fit).toBe('no');
    expect(apply(pc1203_4a, { section: '484(a)', level: 'M', sentence: 'summary probation', date: '2019-03-01' }).fit).toBe('no');
    expect(apply(pc1203_4a, { section: '484(a)', level: 'M', sentence: 'fine' }).fit).toBe('no');
  });
});

describe('Pen. Code § 1203.4a(d): its own exclusions, not § 1203.4(b)\'s (issue 11)', () => {
  const OUT = { date: '2019-03-01', sentence: '10 days jail' };
  it('a misdemeanor § 288(c) is excluded', () => expect(apply(pc1203_4a, { section: '288(c)(1)', level: 'M', ...OUT }).fit).toBe('no'));
  it('a Vehicle Code § 42002.1 misdemeanor and a § 42001 infraction are excluded', () => {
    expect(apply(pc1203_4a, { code: 'VC', section: '42002.1', level: 'M', ...OUT }).fit).toBe('no');
    expect(apply(pc1203_4a, { code: 'VC', section: '42001', level: 'I', ...OUT }).fit).toBe('no');
  });
  it('§ 1203.4(b)-only exclusions (e.g. § 311.11 misdemeanor, § 289(j)) do not bar § 1203.4a', () => {
    expect(apply(pc1203_4a, { section: '311.11(a)', level: 'M', ...OUT }).fit).not.toBe('no');
  });
});
