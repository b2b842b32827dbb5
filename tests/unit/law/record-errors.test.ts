/**
 * Issue 11, record-level errors: an entry whose level, section or date cannot be right is a
 * review whose FIRST reason names the problem (a petition is sworn to, Pen. Code § 236.14(b)).
 */
import { describe, expect, it } from 'vitest';
import { lookupOffense, screenEvent } from '@/lib/law';
import { ALL_OFFENSES } from '@/lib/law/catalog';
import { AS_OF, TRAFFICKING, ev } from './helpers';

const run = (code: string, section: string, level: 'F' | 'M' | 'I' | '', extra: Record<string, unknown> = {}) =>
  screenEvent(ev({ code, section, level, ...extra }), TRAFFICKING, { asOf: AS_OF });

describe('level data in the catalog (Pen. Code § 17(a): felony, misdemeanor, infraction)', () => {
  it('every catalog entry has levels, and a wobbler can be both F and M (§ 17(b))', () => {
    for (const e of ALL_OFFENSES) {
      expect(e.levels.length, `${e.code} ${e.section}`).toBeGreaterThan(0);
      if (e.wobbler) expect(e.levels, `${e.code} ${e.section}`).toEqual(expect.arrayContaining(['F', 'M']));
    }
  });
  it('felony-only, misdemeanor-only, wobbler and infraction entries', () => {
    expect(lookupOffense('PC', '215(a)').entry?.levels).toEqual(['F']);
    expect(lookupOffense('PC', '647(b)').entry?.levels).toEqual(['M']);
    expect(lookupOffense('HS', '11377(a)').entry).toMatchObject({ levels: ['F', 'M'], wobbler: true });
    expect(lookupOffense('HS', '11357(a)').entry?.levels).toEqual(['I']);
  });
});

describe('a level the section cannot carry (Pen. Code § 236.14(t)(1); § 667.5(c))', () => {
  const cases: [string, string, 'F' | 'M' | 'I', string][] = [
    ['PC', '215(a)', 'M', 'The record shows PC 215(a) as a misdemeanor, but § 215 (carjacking) is punishable only as a felony: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.'],
    ['PC', '207', 'M', 'The record shows PC 207 as a misdemeanor, but § 207 (kidnapping) is punishable only as a felony: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.'],
    ['PC', '187(a)', 'M', 'The record shows PC 187(a) as a misdemeanor, but § 187 (murder) is punishable only as a felony: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.'],
    ['PC', '647(b)', 'F', 'The record shows PC 647(b) as a felony, but § 647(b) (disorderly conduct: prostitution or solicitation) is punishable only as a misdemeanor: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.'],
    ['PC', '211', 'I', 'The record shows PC 211 as an infraction, but § 211 (robbery) is punishable only as a felony: the level cannot be right for that section. Check the charge and the level on the court record before relying on this entry.'],
  ];
  it.each(cases)('%s %s keyed %s → review, first reason says the level cannot be right', (code, section, level, text) => {
    const item = run(code, section, level);
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({ text, cite: 'Pen. Code § 236.14(t)(1); § 667.5(c); § 17(a)' });
    expect(item.questions[0]!.id).toBe('level-confirmed');
  });
  it('the attorney confirming the level on the court record lets screening go on (answer kept as the first reason)', () => {
    const item = run('PC', '211', 'M', { answers: { 'level-confirmed': 'yes' } });
    expect(item.verdict).toBe('candidate');
    expect(item.reasons[0]!.text).toBe('The attorney answered "yes" to: Does the court record show PC 211 as a misdemeanor?');
  });
  it('a wobbler at either level is no record error', () => {
    expect(run('HS', '11377(a)', 'M').verdict).toBe('candidate');
    expect(run('HS', '11377(a)', 'F').verdict).toBe('candidate');
  });
});

describe('a conviction dated after its section was repealed (former § 653.22, repealed eff. Jan. 1, 2023; § 653.29)', () => {
  it('dated 2023-03-01: review, find the actual charge', () => {
    const item = screenEvent(ev({ section: '653.22(a)', level: 'M', date: '2023-03-01' }), { periods: [{ from: '2022-01-01', to: '2024-01-01' }] }, { asOf: AS_OF });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({
      text: '§ 653.22(a) was repealed effective January 1, 2023, and this entry is dated 2023-03-01, after the repeal: the section on the record may be wrong. Find the actual charge on the court record.',
      cite: 'Pen. Code § 236.14(t)(1); § 653.29',
    });
    expect(item.questions[0]!.id).toBe('repealed-section-confirmed');
  });
  it('the last day before the repeal is no record error', () => {
    const item = screenEvent(ev({ section: '653.22(a)', level: 'M', date: '2022-12-31' }), { periods: [{ from: '2022-01-01', to: '2024-01-01' }] }, { asOf: AS_OF });
    expect(item.verdict).toBe('candidate');
  });
  it('an offense date before the repeal (court date after) passes the check', () => {
    const item = screenEvent(ev({ section: '653.22(a)', level: 'M', date: '2023-02-01', offenseDate: '2022-11-20' }), { periods: [{ from: '2022-01-01', to: '2024-01-01' }] }, { asOf: AS_OF });
    expect(item.reasons[0]!.text).not.toMatch(/repealed/);
  });
});

describe('an enhancement keyed as the count (Pen. Code § 667.5(c)(8): enhancements are "charged and proved", not offenses)', () => {
  it('§ 12022.1 (on bail) as a count: review, "find the underlying charge"', () => {
    const item = run('PC', '12022.1', 'F');
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({
      text: 'PC 12022.1 (felony committed while released on bail or own recognizance) is a sentence enhancement, not an offense: the record shows it in place of the charge it was added to. Find the underlying charge on the court record and enter it as its own count.',
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)',
    });
  });
  it('§ 12022.5 and § 667.5(b) as counts: review', () => {
    expect(run('PC', '12022.5(a)', 'F').verdict).toBe('review');
    expect(run('PC', '667.5(b)', 'F').verdict).toBe('review');
  });
  it('§ 186.22(a) is an offense, not the (b) enhancement: not flagged', () => {
    expect(run('PC', '186.22(a)', 'F').reasons[0]!.text).not.toMatch(/enhancement/);
  });
});

describe('unknown sections (Pen. Code § 236.14(t)(1)): review, "confirm the charge", never a confident candidate', () => {
  it('a mistyped Penal Code section', () => {
    const item = run('PC', '6477(b)', 'M');
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({
      text: "PC 6477(b) is not a section this tool's catalog knows, so it cannot tell whether the record is right. Confirm the charge on the court record (the section may be mistyped); a section that really is not listed in § 667.5(c) is nonviolent.",
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)',
    });
    expect(item.questions[0]!.id).toBe('charge-confirmed');
  });
  it('an unknown Vehicle Code section too', () => expect(run('VC', '99999', 'M').verdict).toBe('review'));
  it('confirmed by the attorney: screened by the statute (not listed → nonviolent)', () => {
    const item = run('PC', '6477(b)', 'M', { answers: { 'charge-confirmed': 'yes' } });
    expect(item.verdict).toBe('candidate');
    expect(item.reasons[0]!.text).toBe('The attorney answered "yes" to: Does the court record show the charge as PC 6477(b)?');
  });
});
