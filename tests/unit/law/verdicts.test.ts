/**
 * Table-driven screening: every paragraph of § 667.5(c), nonviolent offenses from the reference's
 * common-offense table, misdemeanor versions of violent-sounding offenses, attempts, period
 * boundaries, arrests, juvenile adjudications and federal / out-of-state entries.
 */
import { describe, expect, it } from 'vitest';
import { screenEvent } from '@/lib/law';
import { AS_OF, TRAFFICKING, ev } from './helpers';

type Row = [code: string, section: string, level: 'F' | 'M' | 'I' | '', verdict: 'candidate' | 'review' | 'ineligible', paragraph: string | null, extra?: Record<string, unknown>];

const run = (code: string, section: string, level: Row[2], extra: Record<string, unknown> = {}) =>
  screenEvent(ev({ code, section, level, ...extra }), TRAFFICKING, { asOf: AS_OF });

describe('§ 667.5(c), paragraph by paragraph', () => {
  const rows: Row[] = [
    // (1) murder, voluntary manslaughter
    ['PC', '187(a)', 'F', 'ineligible', '1'],
    ['PC', '192(a)', 'F', 'ineligible', '1'],
    ['PC', '192(b)', 'F', 'candidate', null],
    // (2) mayhem
    ['PC', '203', 'F', 'ineligible', '2'],
    ['PC', '205', 'F', 'ineligible', '2'],
    // (3) rape 261(a)(2)/(a)(6), former 262(a)(1)/(a)(4)
    ['PC', '261(a)(2)', 'F', 'ineligible', '3'],
    ['PC', '261(A)(6)', 'F', 'ineligible', '3'],
    ['PC', '262(a)(1)', 'F', 'ineligible', '3'],
    ['PC', '262(a)(4)', 'F', 'ineligible', '3'],
    ['PC', '261(a)(1)', 'F', 'candidate', null],
    ['PC', '261(a)(4)', 'F', 'candidate', null],
    ['PC', '261', 'F', 'review', null],
    // (4) sodomy 286(c)/(d)
    ['PC', '286(c)(2)(A)', 'F', 'ineligible', '4'],
    ['PC', '286(d)', 'F', 'ineligible', '4'],
    ['PC', '286(b)(1)', 'F', 'candidate', null],
    // (5) oral copulation 287(c)/(d), former 288a(c)/(d)
    ['PC', '287(c)(2)(A)', 'F', 'ineligible', '5'],
    ['PC', '287(d)', 'F', 'ineligible', '5'],
    ['PC', '288A(C)', 'F', 'ineligible', '5'],
    ['PC', '288a(d)', 'F', 'ineligible', '5'],
    ['PC', '287(b)(1)', 'F', 'candidate', null],
    // (6) lewd act 288(a)/(b)
    ['PC', '288(a)', 'F', 'ineligible', '6'],
    ['PC', '288(b)(1)', 'F', 'ineligible', '6'],
    ['PC', '288(c)(1)', 'F', 'candidate', null],
    // (7) felonies punishable by life
    ['PC', '236.1(c)(2)', 'F', 'ineligible', '7'],
    ['PC', '269(a)(1)', 'F', 'ineligible', '7'],
    ['PC', '273ab(a)', 'F', 'ineligible', '7'],
    ['PC', '288.7(a)', 'F', 'ineligible', '7'],
    ['PC', '206', 'F', 'ineligible', '7'],
    ['PC', '4500', 'F', 'ineligible', '7'],
    // (8) GBI / firearm enhancements charged and proved
    ['PC', '245(a)(1)', 'F', 'ineligible', '8', { enhancements: ['PC 12022.7(a)'] }],
    ['PC', '261(a)(4)', 'F', 'ineligible', '8', { enhancements: ['12022.8'] }],
    ['PC', '245(a)(4)', 'F', 'ineligible', '8', { enhancements: ['12022.9 PC'] }],
    ['PC', '261(a)(1)', 'F', 'ineligible', '8', { enhancements: ['12022.3(a) FIREARM'] }],
    ['PC', '261(a)(1)', 'F', 'review', null, { enhancements: ['12022.3(a)'] }],
    ['PC', '245(a)(2)', 'F', 'ineligible', '8', { enhancements: ['12022.5(a)'] }],
    ['PC', '246', 'F', 'ineligible', '8', { enhancements: ['12022.55'] }],
    // (9) robbery
    ['PC', '211', 'F', 'ineligible', '9'],
    ['PC', '212.5(c)', 'F', 'ineligible', '9'],
    ['PC', '213(a)(2)', 'F', 'ineligible', '9'],
    // (10) arson 451(a)/(b) only
    ['PC', '451(a)', 'F', 'ineligible', '10'],
    ['PC', '451(b)', 'F', 'ineligible', '10'],
    ['PC', '451(c)', 'F', 'candidate', null],
    ['PC', '451(d)', 'F', 'candidate', null],
    ['PC', '451', 'F', 'review', null],
    // (11) sexual penetration 289(a)/(j)
    ['PC', '289(a)(1)(A)', 'F', 'ineligible', '11'],
    ['PC', '289(j)', 'F', 'ineligible', '11'],
    ['PC', '289(d)', 'F', 'candidate', null],
    // (12) attempted murder
    ['PC', '664/187(a)', 'F', 'ineligible', '12'],
    ['PC', '187', 'F', 'ineligible', '12', { attempted: true }],
    // (13) destructive devices
    ['PC', '18745', 'F', 'ineligible', '13'],
    ['PC', '18750', 'F', 'ineligible', '13'],
    ['PC', '18755(a)', 'F', 'ineligible', '13'],
    ['PC', '18740', 'F', 'candidate', null],
    // (14) kidnapping
    ['PC', '207(a)', 'F', 'ineligible', '14'],
    ['PC', '209(b)(1)', 'F', 'ineligible', '14'],
    ['PC', '209.5(a)', 'F', 'ineligible', '14'],
    // (15) assault with intent (220)
    ['PC', '220(a)(1)', 'F', 'ineligible', '15'],
    // (16) continuous sexual abuse
    ['PC', '288.5(a)', 'F', 'ineligible', '16'],
    // (17) carjacking
    ['PC', '215(a)', 'F', 'ineligible', '17'],
    // (18) in concert
    ['PC', '264.1(a)', 'F', 'ineligible', '18'],
    // (19) extortion with a gang finding
    ['PC', '518', 'F', 'ineligible', '19', { enhancements: ['PC 186.22(b)(1)'] }],
    ['PC', '518', 'F', 'ineligible', '19', { answers: { 'gang-finding': 'yes' } }],
    ['PC', '518', 'F', 'review', null],
    ['PC', '520', 'F', 'candidate', null, { answers: { 'gang-finding': 'no' } }],
    // (20) witness threats with a gang finding
    ['PC', '136.1(b)(1)', 'F', 'ineligible', '20', { enhancements: ['186.22(b)(1)(A)'] }],
    ['PC', '136.1(b)(1)', 'F', 'review', null],
    ['PC', '136.1(a)', 'F', 'candidate', null, { answers: { 'gang-finding': 'no' } }],
    // (21) first-degree burglary with a person present
    ['PC', '460(a)', 'F', 'ineligible', '21', { answers: { 'person-present': 'yes' } }],
    ['PC', '459', 'F', 'ineligible', '21', { description: 'BURGLARY:FIRST DEGREE', answers: { 'person-present': 'yes' } }],
    ['PC', '460(a)', 'F', 'review', null],
    ['PC', '459', 'F', 'review', null, { description: 'BURGLARY' }],
    ['PC', '459', 'F', 'candidate', null, { description: 'BURGLARY:SECOND DEGREE' }],
    ['PC', '460(b)', 'F', 'candidate', null],
    ['PC', '459', 'F', 'candidate', null, { description: 'BURGLARY:FIRST DEGREE', answers: { 'person-present': 'no' } }],
    // (22) any violation of 12022.53
    // 12022.53 keyed as the count itself: the underlying charge is missing (issue 11), see
    // 'enhancements written as their own count' below.
    ['PC', '211', 'F', 'ineligible', '22', { enhancements: ['PC 12022.53(b)'] }],
    // (23) weapons of mass destruction
    ['PC', '11418(b)(1)', 'F', 'ineligible', '23'],
    ['PC', '11418(c)', 'F', 'ineligible', '23'],
    ['PC', '11418(a)(1)', 'F', 'candidate', null],
    // (24) 261(a)(3) with drugging pleaded and proved
    ['PC', '261(a)(3)', 'F', 'ineligible', '24', { answers: { 'drugging-proved': 'yes' } }],
    ['PC', '261(a)(3)', 'F', 'review', null],
    ['PC', '261(a)(3)', 'F', 'candidate', null, { answers: { 'drugging-proved': 'no' } }],
  ];
  it.each(rows)('%s %s (%s) → %s (c)(%s)', (code, section, level, verdict, paragraph, extra) => {
    const item = run(code, section, level, extra);
    expect(item.verdict).toBe(verdict);
    expect(item.violent).toEqual(paragraph ? { paragraph } : null);
    if (verdict === 'review') expect(item.questions.length).toBeGreaterThan(0);
  });
});

describe('nonviolent offenses from the common-offense table are candidates inside a trafficking period', () => {
  const rows: [string, string, Row[2]][] = [
    ['PC', '647(b)', 'M'], ['PC', '647(b)(1)', 'M'], ['PC', '647(b)(2)', 'M'], ['PC', '653.22(a)', 'M'], ['PC', '653.23(a)(1)', 'M'],
    ['PC', '653.23(a)(2)', 'M'], ['PC', '653.25', 'M'], ['HS', '11350(a)', 'F'], ['HS', '11350(a)', 'M'], ['HS', '11377(a)', 'F'],
    ['HS', '11357(a)', 'I'], ['HS', '11357(b)', 'M'], ['PC', '484(a)', 'M'], ['PC', '488', 'M'], ['PC', '490.2', 'M'], ['PC', '459.5', 'M'],
    ['PC', '459.5', 'F'], ['PC', '148.9(a)', 'M'], ['PC', '530.5(a)', 'F'], ['PC', '530.5(c)(1)', 'M'], ['VC', '12500(a)', 'M'],
    ['VC', '14601(a)', 'M'], ['VC', '14601.1(a)', 'M'], ['PC', '242', 'M'], ['PC', '243(a)', 'M'], ['PC', '602', 'M'], ['PC', '602(o)', 'M'],
    ['PC', '594(a)', 'M'], ['PC', '594(b)(2)(A)', 'M'], ['PC', '496(a)', 'F'], ['PC', '470(a)', 'F'], ['PC', '470(d)', 'F'], ['PC', '475(a)', 'F'],
    ['PC', '476', 'F'], ['PC', '529(a)', 'F'], ['PC', '529.5(c)', 'M'], ['PC', '113', 'F'], ['PC', '647(f)', 'M'], ['HS', '11550(a)', 'M'],
    ['HS', '11364(a)', 'M'], ['PC', '148(a)(1)', 'M'], ['PC', '853.7', 'M'], ['PC', '1320(a)', 'M'], ['VC', '40508(a)', 'M'],
    ['PC', '266h', 'F'], ['PC', '266i', 'F'], ['PC', '236.1(a)', 'F'], ['PC', '236.1(b)', 'F'], ['PC', '236.1(c)(1)', 'F'],
    ['PC', '245(a)(1)', 'F'], ['PC', '422', 'F'], ['PC', '273.5(a)', 'F'], ['PC', '236', 'F'], ['VC', '23152(a)', 'M'], ['VC', '10851(a)', 'F'],
    // Not in the catalog at all: still screened by the statute.
    ['PC', '4573', 'F'], ['PC', '32', 'F'], ['BP', '25658(a)', 'M'], ['HS', '11379.6(a)', 'F'],
  ];
  it.each(rows)('%s %s (%s)', (code, section, level) => {
    const item = run(code, section, level);
    expect(item.verdict).toBe('candidate');
    expect(item.violent).toBeNull();
    expect(item.remedies[0]).toMatchObject({ id: 'PC 236.14', fit: 'candidate' });
  });

  it('serious felonies are shown but do not bar vacatur', () => {
    const item = run('PC', '245(a)(1)', 'F');
    expect(item.verdict).toBe('candidate');
    expect(item.serious).toEqual({ paragraph: '31' });
    expect(item.reasons).toContainEqual({
      text: 'PC 245(a)(1) is a serious felony under § 1192.7(c)(31) (assault with a deadly weapon, firearm, machinegun, assault weapon, or semiautomatic firearm, or assault on a peace officer or firefighter (§ 245)), but only violent felonies (§ 667.5(c)) bar vacatur.',
      cite: 'Pen. Code § 236.14(t)(1); § 1192.7(c)(31)',
    });
    expect(run('PC', '422', 'F').serious).toEqual({ paragraph: '38' });
    expect(run('PC', '245(a)(4)', 'F').serious).toBeNull();
  });

  it('236.1(c)(1) is not serious when the client was a trafficking victim at the time (§ 1192.7(c)(42))', () => {
    expect(run('PC', '236.1(c)(1)', 'F').serious).toBeNull();
    expect(run('PC', '236.1(c)(1)', 'F', { date: '2019-01-01' }).serious).toEqual({ paragraph: '42', note: 'unless the client was a trafficking victim at the time' });
  });
});

describe('misdemeanors and infractions are never violent (§ 667.5(c) lists felonies)', () => {
  it.each([
    ['PC', '242', 'M'],
    ['PC', '243(e)(1)', 'M'],
    ['PC', '245(a)(4)', 'M'],
    ['PC', '245(a)(1)', 'M'],
    ['PC', '136.1(b)(1)', 'M'],
    ['PC', '459', 'M'],
    ['PC', '422', 'M'],
    ['PC', '602', 'I'],
  ] as [string, string, Row[2]][])('%s %s (%s)', (code, section, level) => {
    const item = run(code, section, level);
    expect(item.verdict).toBe('candidate');
    expect(item.serious).toBeNull();
    expect(item.reasons[0]!.cite).toBe('Pen. Code § 236.14(t)(1); § 667.5(c)');
  });

  it('says so in plain words, and flags a level the catalog does not know', () => {
    expect(run('PC', '245(a)(4)', 'M').reasons[0]).toEqual({
      text: 'PC 245(a)(4) is a misdemeanor on this record. § 667.5(c) lists only felonies, so it is a nonviolent offense.',
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)',
    });
    // A level the section cannot carry is a record error (issue 11): see record-errors.test.ts.
    expect(run('PC', '211', 'M').verdict).toBe('review');
  });
});

describe('attempts and conspiracies', () => {
  it('attempts of listed offenses other than murder are reviews with a question', () => {
    const item = run('PC', '664/211', 'F');
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({
      text: 'Attempted PC 211 is not expressly listed in § 667.5(c), which names only attempted murder (§ 667.5(c)(12)). Whether this attempt counts as a violent felony needs attorney review.',
      cite: 'Pen. Code § 667.5(c)(12); § 664',
    });
    expect(item.questions[0]).toEqual({ id: 'attempt-violent', text: 'After review, does the attorney treat attempted PC 211 as a violent felony under § 667.5(c)?', cite: 'Pen. Code § 667.5(c)(12); § 664' });
    expect(item.serious).toEqual({ paragraph: '39' });
    expect(run('PC', '215(a)', 'F', { attempted: true }).verdict).toBe('review');
    expect(run('PC', '664/211', 'F', { answers: { 'attempt-violent': 'yes' } })).toMatchObject({ verdict: 'ineligible', violent: { paragraph: '9' } });
    expect(run('PC', '664/211', 'F', { answers: { 'attempt-violent': 'no' } }).verdict).toBe('candidate');
  });

  it('attempts of unlisted offenses are nonviolent', () => {
    expect(run('PC', '664/459.5', 'F').verdict).toBe('candidate');
    expect(run('PC', '664/459.5', 'F').reasons[0]!.text).toBe('Attempted PC 459.5 is not listed in § 667.5(c), so it is a nonviolent offense.');
  });

  it('conspiracy to commit murder is a life term (§ 667.5(c)(7)); other conspiracies follow the target', () => {
    expect(run('PC', '182(a)(1)/187', 'F')).toMatchObject({ verdict: 'ineligible', violent: { paragraph: '7' } });
    expect(run('PC', '182/211', 'F').verdict).toBe('review');
    expect(run('PC', '182/11352', 'F').verdict).toBe('candidate');
    expect(run('PC', '182(a)(1)', 'F').verdict).toBe('candidate');
  });
});

describe('trafficking periods (inclusive)', () => {
  const periods = [{ from: '2012-03-01', to: '2014-06-30' }];
  const at = (date: string) => screenEvent(ev({ section: '647(b)', level: 'M', date }), { periods }, { asOf: AS_OF });
  it('first day of the period', () => expect(at('2012-03-01').verdict).toBe('candidate'));
  it('last day of the period', () => expect(at('2014-06-30').verdict).toBe('candidate'));
  it('the day after the period', () => {
    const item = at('2014-07-01');
    expect(item.verdict).toBe('review');
    // The deciding reason (the date) comes first; the nonviolent finding follows.
    expect(item.reasons[1]!.cite).toBe('Pen. Code § 236.14(t)(1); § 667.5(c)');
    expect(item.reasons[0]).toEqual({
      text: 'The record shows only the court date 2014-07-01, not the date the offense was committed, and the court date falls outside every trafficking period entered (2012-03-01 to 2014-06-30). An offense comes before its court date: enter the offense date from the court file, and find out whether the client was a victim of human trafficking when the offense was committed.',
      cite: 'Pen. Code § 236.14(a), (g)(1)',
    });
    expect(item.questions).toEqual([{ id: 'victim-at-time', text: 'Was the client a victim of human trafficking when this offense was committed?', cite: 'Pen. Code § 236.14(a), (g)(1)' }]);
  });
  it('the day before the period', () => expect(at('2012-02-29').verdict).toBe('review'));
  it('any of several periods', () => {
    const two = [{ from: '2010-01-01', to: '2010-12-31' }, { from: '2013-01-01', to: '2013-12-31' }];
    expect(screenEvent(ev({ section: '647(b)', level: 'M', date: '2013-01-01' }), { periods: two }, { asOf: AS_OF }).verdict).toBe('candidate');
    expect(screenEvent(ev({ section: '647(b)', level: 'M', date: '2011-06-01' }), { periods: two }, { asOf: AS_OF }).verdict).toBe('review');
  });
  it('no period entered yet', () => {
    const item = screenEvent(ev({ section: '647(b)', level: 'M' }), { periods: [] }, { asOf: AS_OF });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]!.text).toBe('No trafficking period has been entered for this case yet. Enter when the client was trafficked: vacatur needs the offense to have been committed while the client was a victim.');
  });
  it('missing date', () => {
    const item = screenEvent(ev({ section: '647(b)', level: 'M', date: '' }), { periods }, { asOf: AS_OF });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]!.text).toBe('The record shows no date for this entry, so it cannot be matched to a trafficking period. Find the date of the offense or arrest.');
  });
  it('the attorney can confirm the client was a victim at the time, or not', () => {
    const yes = screenEvent(ev({ section: '647(b)', level: 'M', date: '2016-02-01', answers: { 'victim-at-time': 'yes' } }), { periods }, { asOf: AS_OF });
    expect(yes.verdict).toBe('candidate');
    const no = screenEvent(ev({ section: '647(b)', level: 'M', date: '2016-02-01', answers: { 'victim-at-time': 'no' } }), { periods }, { asOf: AS_OF });
    expect(no.verdict).toBe('ineligible');
    const unknown = screenEvent(ev({ section: '647(b)', level: 'M', date: '2016-02-01', answers: { 'victim-at-time': 'unknown' } }), { periods }, { asOf: AS_OF });
    expect(unknown.verdict).toBe('review');
  });
  it('never a time bar: a 1995 conviction inside a period is a candidate decades later', () => {
    const item = screenEvent(ev({ section: '647(b)', level: 'M', date: '1995-04-01', sentence: 'fine unpaid; probation violated' }), { periods: [{ from: '1994-01-01', to: '1996-01-01' }] }, { asOf: '2040-01-01' });
    expect(item.verdict).toBe('candidate');
    expect(JSON.stringify(item)).not.toMatch(/expire[sd]? (?!with)|too late|time-barred/);
  });
});

describe('arrests, juvenile adjudications, federal and out-of-state entries', () => {
  it('an arrest without a conviction for a nonviolent offense is a candidate', () => {
    const item = run('HS', '11350(a)', 'F', { kind: 'arrest', disposition: 'Prosecutor rejected' });
    expect(item).toMatchObject({ event: 'arrest', verdict: 'candidate' });
    expect(item.remedies[0]!.reasons[0]!.text).toBe('Vacatur reaches arrests as well as convictions: the court can vacate an arrest for a nonviolent offense, and the arrest records are sealed and destroyed.');
  });
  it('an arrest for a violent offense is ineligible, with the open question noted', () => {
    const item = run('PC', '211', 'F', { kind: 'arrest' });
    expect(item.verdict).toBe('ineligible');
    // Issue 11: the question is asked instead of an "ineligible ... needs review" reason.
    expect(item.reasons[1]!.text).toMatch(/^This is an arrest for a violent offense\. If it ended in a conviction of a lesser, nonviolent offense, answer the question/);
  });
  it('an arrest outside the periods gets the § 851.91 fallback', () => {
    const item = run('PC', '647(b)', 'M', { kind: 'arrest', date: '2018-01-01', disposition: 'DISMISSED' });
    expect(item.verdict).toBe('review');
    expect(item.remedies.map((r) => [r.id, r.fit])).toEqual([['PC 236.14', 'maybe'], ['PC 851.91', 'candidate']]);
  });
  it('a juvenile adjudication (§ 236.14(j)) for 647(b) also gets § 1203.47', () => {
    const item = run('PC', '647(b)', 'M', { kind: 'adjudication' });
    expect(item.verdict).toBe('candidate');
    expect(item.remedies.map((r) => r.id)).toEqual(['PC 236.14', 'PC 1203.47']);
    expect(item.remedies[0]!.reasons[0]!.cite).toBe('Pen. Code § 236.14(j)');
  });
  it('a juvenile adjudication for robbery is ineligible', () => {
    expect(run('PC', '211', 'F', { kind: 'adjudication' }).verdict).toBe('ineligible');
  });
  it('a federal conviction is ineligible for § 236.14 and may fit 18 U.S.C. § 3771A', () => {
    for (const extra of [{ code: 'USC', section: '8 1326' }, { code: 'PC', section: '211', jurisdiction: 'federal' as const }, { code: '', section: '18 USC 1028(a)(4)' }]) {
      const item = screenEvent(ev({ level: 'F', ...extra }), TRAFFICKING, { asOf: AS_OF });
      expect(item.verdict).toBe('ineligible');
      expect(item.reasons[0]!.cite).toBe('Pen. Code § 236.14(a), (c); 18 U.S.C. § 3771A');
      expect(item.remedies.map((r) => [r.id, r.fit])).toEqual([['18 USC 3771A', 'maybe']]);
    }
  });
  it('an out-of-state conviction is ineligible, with no California remedy', () => {
    const item = run('NRS', '201.354', 'M', { jurisdiction: 'other-state' });
    expect(item.verdict).toBe('ineligible');
    expect(item.remedies).toEqual([]);
    expect(run('NRS', '201.354', 'M').verdict).toBe('ineligible');
  });
});

describe('records the screening cannot read', () => {
  it('an unknown section is a review', () => {
    for (const section of ['', 'SEE COMMENT FOR CHARGE']) {
      const item = run('PC', section, 'M');
      expect(item.verdict).toBe('review');
      expect(item.reasons[0]!.text).toMatch(/^The record does not show a code section that can be read/);
    }
  });
  it('a missing code: nonviolent either way is a candidate, listed as a Penal Code section is a review', () => {
    expect(run('', '11350(a)', 'F').verdict).toBe('candidate');
    const item = run('', '211', 'F');
    expect(item.verdict).toBe('review');
    expect(item.questions[0]!.id).toBe('penal-code');
    expect(run('', '211', 'F', { answers: { 'penal-code': 'yes' } }).verdict).toBe('ineligible');
  });
  it('a section written with its code', () => {
    expect(run('', 'PC 647(B)', 'M')).toMatchObject({ verdict: 'candidate', code: 'PC' });
    expect(run('', '211 PC', 'F')).toMatchObject({ verdict: 'ineligible', code: 'PC' });
  });
  it('a juvenile record that shows only Welf. & Inst. Code § 602 is a review', () => {
    const item = run('WI', '602', 'F', { kind: 'adjudication' });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]).toEqual({
      text: 'The record shows only that the juvenile court took jurisdiction (Welf. & Inst. Code § 602), not the offense. Find out the offense from the juvenile court record.',
      cite: 'Pen. Code § 236.14(j), (t)(1)',
    });
  });
});

describe('enhancements written as their own count', () => {
  it('a conviction count for § 12022.7 is not an offense: review, find the underlying charge (§ 667.5(c)(8))', () => {
    const item = run('PC', '12022.7(A)', 'F');
    expect(item).toMatchObject({ verdict: 'review', violent: null });
    expect(item.reasons[0]).toEqual({
      text: 'PC 12022.7(a) (great bodily injury) is a sentence enhancement, not an offense: the record shows it in place of the charge it was added to. Find the underlying charge on the court record and enter it as its own count. If it was found true, the underlying felony is violent under § 667.5(c)(8) and cannot be vacated under § 236.14.',
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(8)',
    });
  });
  it('§ 12022.53 keyed as the count (§ 667.5(c)(22)): review, find the underlying charge', () => {
    const item = run('PC', '12022.53(d)', 'F');
    expect(item).toMatchObject({ verdict: 'review', violent: null });
    expect(item.reasons[0]!.text).toContain('the underlying felony is violent under § 667.5(c)(22)');
  });
  it('on an arrest too: a review, never a candidate', () => {
    const item = run('PC', '12022.5(a)', 'F', { kind: 'arrest' });
    expect(item.verdict).toBe('review');
    expect(item.reasons[0]!.text).toMatch(/^PC 12022.5\(a\) \(personal use of a firearm\) is a sentence enhancement, not an offense/);
  });
  it('enhancement text is read leniently, and unproved-looking subdivisions ask', () => {
    expect(run('PC', '245(a)(1)', 'F', { enhancements: ['GBI 12022.7(a)'] }).verdict).toBe('ineligible');
    expect(run('PC', '245(a)(1)', 'F', { enhancements: ['PC 12022(b)(1)'] })).toMatchObject({ verdict: 'candidate', serious: { paragraph: '23' } });
    const partial = run('PC', '261(a)(4)', 'F', { enhancements: ['PC 12022.3'] });
    expect(partial.verdict).toBe('review');
    expect(partial.questions[0]!.id).toBe('enhancement-subdivision');
    const strikes = run('PC', '245(a)(1)', 'F', { enhancements: ['PC 667(e)(2)'] });
    expect(strikes.verdict).toBe('review');
    expect(strikes.reasons[1]!.text).toBe('The record shows PC 667(e)(2) (third strike life term): whether a third-strike life term makes this offense violent under § 667.5(c)(7) needs attorney review.');
  });
});
