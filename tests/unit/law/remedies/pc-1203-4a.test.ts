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
