import { describe, expect, it } from 'vitest';
import { pc1203_4 } from '@/lib/law/remedies/pc-1203-4';
import { apply } from './run';

const MAIN = { text: 'If the client was granted probation and completed it (or was discharged early), the court can set aside the conviction and dismiss the case: as of right if every condition was met, otherwise in the interest of justice (form CR-180).', cite: 'Pen. Code § 1203.4(a)(1)' };
const LIMITS = { text: 'A dismissal does not destroy the record: it must still be disclosed for public office, licensure and Lottery contracts, and the conviction can be pleaded and proved in a later prosecution.', cite: 'Pen. Code § 1203.4(a)(1)' };
const OUTSIDE = { date: '2019-03-01' };

describe('PC 1203.4 (fallback)', () => {
  it('fits a probation case when vacatur does not fit', () => {
    expect(apply(pc1203_4, { section: '211', level: 'F', sentence: '3 years probation', date: '2015-01-10' })).toEqual({ id: 'PC 1203.4', fit: 'candidate', reasons: [MAIN, LIMITS] });
  });
  it('is a "maybe" while probation runs or when the sentence is unknown', () => {
    expect(apply(pc1203_4, { section: '484(a)', level: 'M', sentence: '36 months probation', date: '2025-06-01' })).toEqual({
      id: 'PC 1203.4',
      fit: 'maybe',
      reasons: [MAIN, { text: 'Probation appears to run until 2028-06-01; early termination can be asked for before then.', cite: 'Pen. Code § 1203.4(a)(1); § 1203.3' }, LIMITS],
    });
    expect(apply(pc1203_4, { section: '484(a)', level: 'M', ...OUTSIDE }).reasons[0]).toEqual({
      text: 'The record does not show the sentence. If probation was granted and completed, the court can set aside the conviction and dismiss the case.',
      cite: 'Pen. Code § 1203.4(a)(1)',
    });
  });
  it('is not offered when vacatur is a candidate, without probation, for infractions or § 1203.4(b) offenses', () => {
    expect(apply(pc1203_4, { section: '484(a)', level: 'M', sentence: 'probation' }).fit).toBe('no');
    expect(apply(pc1203_4, { section: '484(a)', level: 'M', sentence: '10 days jail', ...OUTSIDE }).fit).toBe('no');
    expect(apply(pc1203_4, { section: '602', level: 'I', sentence: 'probation', ...OUTSIDE }).fit).toBe('no');
    expect(apply(pc1203_4, { section: '288(c)(1)', level: 'F', sentence: 'probation', ...OUTSIDE }).fit).toBe('no');
    expect(apply(pc1203_4, { section: '289(j)', level: 'F', sentence: 'probation', ...OUTSIDE }).fit).toBe('no');
  });
});

describe('Pen. Code § 1203.4(b): the full current exclusion list (issue 11)', () => {
  it.each([['288.5', 'F'], ['311.2(a)', 'M'], ['311.3(a)', 'F'], ['311.1(a)', 'F'], ['311.11(a)', 'F'], ['286(c)(1)', 'F'], ['287(c)(1)', 'F']] as const)('§ %s is excluded', (section, level) => {
    expect(apply(pc1203_4, { section, level, sentence: '3 years probation', ...OUTSIDE }).fit).toBe('no');
  });
  it('§ 261.5(d) is excluded only as a felony conviction', () => {
    expect(apply(pc1203_4, { section: '261.5(d)', level: 'F', sentence: '3 years probation', ...OUTSIDE }).fit).toBe('no');
    expect(apply(pc1203_4, { section: '261.5(d)', level: 'M', sentence: '3 years probation', ...OUTSIDE }).fit).toBe('candidate');
  });
});
