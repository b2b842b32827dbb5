import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseBody, type CaseEvent } from '@/lib/model';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet';
import { priorReliefOf } from '@/lib/summary/prior-relief';
import { buildRecordSummary, SUMMARY_QUESTION_IDS } from '@/lib/summary/record-summary';
import { sampleBody } from '../../factories/case-factory';

const asOf = '2026-03-01';

function body(events: Partial<CaseEvent>[], extra: Record<string, unknown> = {}): CaseBody {
  return CaseBody.parse({
    client: { firstName: 'Rosa', lastName: 'Example', dob: '1990-01-01' },
    trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }] },
    events: events.map((e, i) => ({ id: `e${i + 1}`, kind: 'conviction', code: 'PC', section: '647(b)', level: 'M', county: 'Los Angeles', ...e })),
    ...extra,
  });
}

describe('buildRecordSummary on the sample case', () => {
  const s = buildRecordSummary(sampleBody(), { asOf });

  it('has the client header, periods and counts', () => {
    expect(s.asOf).toBe(asOf);
    expect(s.client).toEqual({ name: 'Alvarado Ortiz, Daniela Inés', dob: '1994-03-17', cii: 'A09876543', aliases: ['Dani Ortiz', 'Daniela Reyes'] });
    expect(s.traffickingPeriods).toEqual([
      { from: '2010-05-01', to: '2013-01-15' },
      { from: '2013-06-01', to: '2016-08-31' },
    ]);
    expect(s.counts).toEqual({ total: 9, candidate: 6, review: 2, ineligible: 1 });
  });

  it('groups by county (sorted by name) and case (sorted by earliest date)', () => {
    expect(s.counties.map((c) => [c.county, c.counts])).toEqual([
      ['Los Angeles', { total: 7, candidate: 4, review: 2, ineligible: 1 }],
      ['Orange', { total: 2, candidate: 2, review: 0, ineligible: 0 }],
    ]);
    expect(s.counties[0]!.cases.map((k) => [k.caseNumber, k.firstDate])).toEqual([
      ['JJ10-0442', '2010-09-14'],
      ['2CA21877', '2012-08-21'],
      ['3MT04120', '2013-03-10'],
      ['TA134552', '2014-10-30'],
      ['TA139010', '2015-06-19'],
      ['5CA30215', '2015-12-01'],
      ['8MT10552', '2018-04-11'],
    ]);
    expect(s.counties[1]!.cases.map((k) => [k.caseNumber, k.firstDate, k.courts, k.agencies])).toEqual([
      ['', '2011-11-02', [], ['Anaheim Police Department']],
      ['14WM01377', '2014-02-05', ['Orange County Superior Court, West Justice Center'], ['Westminster Police Department']],
    ]);
  });

  it('gives each entry its verdict, first reason, remedies and questions', () => {
    const entries = s.counties.flatMap((c) => c.cases.flatMap((k) => k.entries));
    expect(entries.map((e) => [e.eventId, e.verdict])).toEqual([
      ['ev-2010-juv', 'candidate'],
      ['ev-2012-conv', 'candidate'],
      ['ev-2013-gap', 'review'],
      ['ev-2014-drug', 'candidate'],
      ['ev-2015-robbery', 'ineligible'],
      ['ev-2015-loiter', 'candidate'],
      ['ev-2018-vc', 'review'],
      ['ev-2011-arr', 'candidate'],
      ['ev-2014-theft', 'candidate'],
    ]);
    const conv = entries.find((e) => e.eventId === 'ev-2012-conv')!;
    expect(conv).toMatchObject({
      date: '2012-08-21',
      kind: 'conviction',
      code: 'PC',
      section: '647(b)',
      offense: 'PC 647(b)',
      description: 'Disorderly conduct: prostitution',
      level: 'M',
      disposition: 'Convicted',
      sentence: '30 days jail, 36 months probation, fine',
      reason: {
        text: 'PC 647(b) is a misdemeanor on this record. § 667.5(c) lists only felonies, so it is a nonviolent offense.',
        cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)',
      },
      remedies: [
        { id: 'PC 236.14', fit: 'candidate' },
        { id: 'PC 1203.49', fit: 'candidate' },
      ],
      questions: [],
      priorRelief: [],
    });
    const robbery = entries.find((e) => e.eventId === 'ev-2015-robbery')!;
    expect(robbery.reason).toEqual({
      text: 'PC 211 is a violent felony: § 667.5(c)(9) lists any robbery. Vacatur under § 236.14 covers only nonviolent offenses.',
      cite: 'Pen. Code § 236.14(t)(1); § 667.5(c)(9)',
    });
    expect(robbery.violent?.paragraph).toBe('9');
    // A state prison term: § 1203.41 as the reference reads it (prison conditions marked for attorney review).
    expect(robbery.remedies).toEqual([{ id: 'PC 1203.41', fit: 'maybe' }, { id: 'PC 1473.7', fit: 'maybe' }]);
  });

  it('lists the open questions of the review items, with the entry they concern', () => {
    expect(s.openQuestions).toEqual([
      {
        id: 'victim-at-time',
        text: 'Was the client a victim of human trafficking when this offense was committed?',
        cite: 'Pen. Code § 236.14(a), (g)(1)',
        eventId: 'ev-2013-gap',
        entry: '2013-03-10 PC 148.9(a), Los Angeles, case 3MT04120',
      },
      {
        id: 'victim-at-time',
        text: 'Was the client a victim of human trafficking when this offense was committed?',
        cite: 'Pen. Code § 236.14(a), (g)(1)',
        eventId: 'ev-2018-vc',
        entry: '2018-04-11 VC 14601.1(a), Los Angeles, case 8MT10552',
      },
    ]);
    expect(s.priorRelief).toEqual([]);
  });

  it('is pure: the body is not changed and a second call gives the same result', () => {
    const b = sampleBody();
    const before = JSON.stringify(b);
    const first = buildRecordSummary(b, { asOf });
    expect(JSON.stringify(b)).toBe(before);
    expect(buildRecordSummary(b, { asOf })).toEqual(first);
  });
});

describe('grouping and ordering', () => {
  it('merges spellings of one county, puts entries with no county last', () => {
    const s = buildRecordSummary(
      body([
        { county: '', caseNumber: 'X1', date: '2012-01-01' },
        { county: 'san diego', caseNumber: 'S1', date: '2013-01-01' },
        { county: 'Alameda', caseNumber: 'A1', date: '2014-01-01' },
        { county: 'SAN DIEGO COUNTY', caseNumber: 'S1', date: '2011-01-01' },
      ]),
      { asOf },
    );
    expect(s.counties.map((c) => c.county)).toEqual(['Alameda', 'san diego', '']);
    expect(s.counties[1]!.cases).toHaveLength(1);
    expect(s.counties[1]!.cases[0]!.entries.map((e) => e.eventId)).toEqual(['e4', 'e2']);
  });

  it('sorts cases by earliest date, undated last, case number breaking ties', () => {
    const s = buildRecordSummary(
      body([
        { caseNumber: 'C', date: '' },
        { caseNumber: 'B', date: '2014-05-01' },
        { caseNumber: 'A', date: '2014-05-01' },
        { caseNumber: 'D', date: '2012-01-01' },
        { caseNumber: 'B', date: '2011-01-01' },
      ]),
      { asOf },
    );
    const cases = s.counties[0]!.cases;
    expect(cases.map((k) => [k.caseNumber, k.firstDate])).toEqual([
      ['B', '2011-01-01'],
      ['D', '2012-01-01'],
      ['A', '2014-05-01'],
      ['C', ''],
    ]);
    expect(cases[0]!.entries.map((e) => e.date)).toEqual(['2011-01-01', '2014-05-01']);
  });

  it('keeps record order for entries of the same date, and lists distinct courts and agencies', () => {
    const s = buildRecordSummary(
      body([
        { caseNumber: 'K', date: '2013-02-02', section: '647(b)', court: 'Court A', agency: 'PD 1' },
        { caseNumber: 'K', date: '2013-02-02', section: '484(a)', court: 'Court A', agency: 'PD 2' },
        { caseNumber: 'K', date: '2013-01-01', section: '148.9(a)', court: '', agency: 'PD 1' },
      ]),
      { asOf },
    );
    const k = s.counties[0]!.cases[0]!;
    expect(k.entries.map((e) => e.section)).toEqual(['148.9(a)', '647(b)', '484(a)']);
    expect(k.courts).toEqual(['Court A']);
    expect(k.agencies).toEqual(['PD 1', 'PD 2']);
  });
});

describe('prior relief', () => {
  it('reads set-asides, automatic relief, arrest relief, sealing, reductions and dismissals', () => {
    const read = (disposition: string, notes = '') => priorReliefOf({ disposition, notes }).map((r) => [r.kind, r.section, r.cite, r.date]);
    expect(read('CONVICTED; 2014-09-09: CONV SET ASIDE & DISM PER 1203.4 PC')).toEqual([['set-aside', '1203.4', 'Pen. Code § 1203.4', '2014-09-09']]);
    expect(read('Convicted', 'Set aside per 1203.4a on 3/5/2019.')).toEqual([['set-aside', '1203.4a', 'Pen. Code § 1203.4a', '2019-03-05']]);
    expect(read('RELIEF GRANTED PER 1203.425 PC')).toEqual([['conviction-relief', '1203.425', 'Pen. Code § 1203.425', '']]);
    expect(read('', 'COM: ARREST RELIEF GRANTED 20230701 PER 851.93 PC')).toEqual([['arrest-relief', '851.93', 'Pen. Code § 851.93', '2023-07-01']]);
    expect(read('Arrest relief granted')).toEqual([['arrest-relief', '851.93', 'Pen. Code § 851.93', '']]);
    expect(read('Juvenile record sealed per WIC 781')).toEqual([['sealed', '781', 'Welf. & Inst. Code § 781', '']]);
    expect(read('Reduced to misdemeanor per PC 17(b)')).toEqual([['reduced', '17(b)', 'Pen. Code § 17(b)', '']]);
    expect(read('1385 PC-DISMISSED/FURTHERANCE OF JUSTICE')).toEqual([['dismissed', '1385', 'Pen. Code § 1385', '']]);
    expect(read('Dismissed')).toEqual([['dismissed', '', '', '']]);
    expect(read('Vacated per PC 236.14 on 2024-02-01')).toEqual([['vacated', '236.14', 'Pen. Code § 236.14', '2024-02-01']]);
  });

  it('ignores relief that was refused and dispositions that are not relief', () => {
    for (const d of ['Convicted', 'Prosecutor rejected', 'Sustained petition (WIC 602)', 'Petition for 1203.4 denied', 'Released, no charges filed']) {
      expect(priorReliefOf({ disposition: d, notes: '' }), d).toEqual([]);
    }
  });

  it('reports the disposition and the note made from it once, with the date', () => {
    const r = priorReliefOf({
      disposition: 'CONVICTED; CONV SET ASIDE & DISM PER 1203.4 PC',
      notes: 'Conviction set aside and dismissed under PC 1203.4 on 2014-09-09.',
    });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'set-aside', label: 'Conviction set aside and dismissed', date: '2014-09-09', note: { cite: 'Pen. Code § 236.14(t)(2)' } });
  });

  it('finds every relief on the post-relief RAP sheet fixture', () => {
    const mapped = rapSheetToCase(parseRapSheet(readFileSync('tests/fixtures/rapsheets/post-relief.txt', 'utf8')));
    const s = buildRecordSummary(CaseBody.parse({ client: mapped.client, events: mapped.events }), { asOf });
    expect(s.client).toEqual({ name: 'Nguyen, Linh Thi', dob: '1990-11-30', cii: 'A27182818', aliases: ['Nguyen, Linda'] });
    expect(s.priorRelief.map((r) => [r.county, r.caseNumber, r.offense, r.label, r.cite, r.date])).toEqual([
      ['Orange', '10NM07788', 'PC 647(b)', 'Conviction set aside and dismissed', 'Pen. Code § 1203.4', '2014-09-09'],
      ['Orange', '11NF01234', 'HS 11377(a)', 'Conviction relief granted', 'Pen. Code § 1203.425', '2023-07-01'],
      ['Orange', '13NM11111', 'PC 484(a)', 'Conviction set aside and dismissed', 'Pen. Code § 1203.4a', '2015-01-01'],
      ['Orange', '13NM11111', 'PC 484(a)', 'Arrest relief granted', 'Pen. Code § 851.91', '2022-03-01'],
      ['', '12-05150', 'PC 653.22(a)', 'Arrest relief granted', 'Pen. Code § 851.93', '2023-07-01'],
    ]);
    // The relief also sits on its entry.
    const entry = s.counties[0]!.cases.find((k) => k.caseNumber === '13NM11111')!.entries[0]!;
    expect(entry.priorRelief.map((r) => r.kind)).toEqual(['set-aside', 'arrest-relief']);
  });
});

describe('open questions about the whole case', () => {
  it('asks for a trafficking period, a date of birth, counties and dates when missing', () => {
    const s = buildRecordSummary(
      body([{ county: '', date: '' }, { county: '', date: '2012-01-01' }, { date: '2013-01-01' }], { trafficking: { periods: [] }, client: { firstName: 'Rosa' } }),
      { asOf },
    );
    const caseLevel = s.openQuestions.filter((q) => q.eventId === '');
    expect(caseLevel.map((q) => [q.id, q.text, q.cite])).toEqual([
      [
        SUMMARY_QUESTION_IDS.noPeriod,
        'No trafficking period is entered. When was the client a victim of human trafficking? Screening compares each date on the record with these periods.',
        'Pen. Code § 236.14(a), (g)(1)',
      ],
      [SUMMARY_QUESTION_IDS.noDob, "The client's date of birth is not entered. It shows which entries are from before age 18 (juvenile relief).", 'Pen. Code § 236.14(j); § 1203.47'],
      [
        SUMMARY_QUESTION_IDS.noCounty,
        "2 entries on the record show no county. In which county was each arrest or conviction? The petition is served on that county's prosecuting agency.",
        'Pen. Code § 236.14(c)',
      ],
      [SUMMARY_QUESTION_IDS.noDate, '1 entry on the record has no date. When did each happen? Screening needs the date to compare with the trafficking periods.', 'Pen. Code § 236.14(a), (g)(1)'],
    ]);
    // Case questions come first, then the entries' questions in the summary's order.
    expect(s.openQuestions.slice(0, caseLevel.length).every((q) => q.eventId === '')).toBe(true);
    expect(s.openQuestions.length).toBeGreaterThan(caseLevel.length);
    expect(s.client.name).toBe('Rosa');
  });

  it('asks nothing about the case when it is complete', () => {
    const s = buildRecordSummary(body([{ date: '2012-01-01', caseNumber: 'K1' }]), { asOf });
    expect(s.openQuestions).toEqual([]);
    expect(s.counts).toEqual({ total: 1, candidate: 1, review: 0, ineligible: 0 });
  });

  it('summarizes an empty record', () => {
    const s = buildRecordSummary(body([]), { asOf });
    expect(s.counties).toEqual([]);
    expect(s.counts.total).toBe(0);
  });
});
