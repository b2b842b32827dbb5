import { describe, expect, it } from 'vitest';
import { classify, tokenize } from '@/lib/rapsheet/tokenize';

const kind = (s: string) => classify(s, 1).kind;

describe('tokenize', () => {
  it('numbers tokens by line', () => {
    const toks = tokenize(['CII/A12345678', '', '* * * *']);
    expect(toks.map((t) => [t.line, t.kind])).toEqual([
      [1, 'subject'],
      [2, 'blank'],
      [3, 'stars'],
    ]);
  });

  it('reads delimiters: cycle stars, END OF MESSAGE, event dashes, strike banner', () => {
    expect(classify('* * * *', 1)).toMatchObject({ kind: 'stars', count: 4 });
    expect(classify('. * . * . *', 1)).toMatchObject({ kind: 'stars', count: 3 });
    expect(kind('* * * END OF MESSAGE * * *')).toBe('end');
    expect(kind('*    *    *    END OF MESSAGE    *    *    *')).toBe('end');
    expect(kind('- - - -')).toBe('dashes');
    expect(kind('----')).toBe('dashes');
    expect(classify('**   POTENTIAL FELONY STRIKE ENTRY    **', 1)).toMatchObject({ kind: 'banner', strike: true });
    expect(classify('**LIVE SCAN', 1)).toMatchObject({ kind: 'banner', strike: false });
  });

  it('reads every event identifier, with name code and DOB on the same line', () => {
    const cases: Array<[string, string]> = [
      ['ARR/DET/CITE:         NAM:02  DOB:19541016', 'arrest'],
      ['ARR/DET/CITE;', 'arrest'],
      ['ARR / DET / CITE', 'arrest'],
      ['SUPPLEMENTAL ARR:     NAM:02', 'supplemental-arrest'],
      ['COURT:                NAME:02', 'court'],
      ['CUSTODY:CDC           NAM:05', 'custody'],
      ['CUSTODY:FED & OOS     NAM:06', 'custody'],
      ['PROBATION:            NAM:06', 'probation'],
      ['REGISTRATION:         NAM:01', 'registration'],
      ['APPLICANT:            NAM:04', 'applicant'],
      ['MENTAL HLTH CUS/SUPV  NAM:02', 'mental-health'],
      ['DECEASED:', 'deceased'],
      ['INTERST COMP PAROLEE NAM:01', 'other'],
    ];
    for (const [line, event] of cases) expect(classify(line, 1), line).toMatchObject({ kind: 'event', event });
    expect(classify('ARR/DET/CITE:         NAM:02  DOB:19541016', 1)).toMatchObject({ nameCode: '02', dob: '19541016' });
    expect(classify('CUSTODY:FED & OOS     NAM:06', 1)).toMatchObject({ label: 'CUSTODY:FED & OOS', nameCode: '06' });
  });

  it('does not take sentence or charge text for identifiers', () => {
    expect(kind('PROBATION REVOKED')).not.toBe('event');
    expect(kind('APPLICANT LICENSE CERT OR PERMIT')).toBe('text');
    expect(kind('**DECEASED HOMICIDE')).toBe('banner');
  });

  it('reads count lines: ranges, # and NO, OCR-split numbers, charge on the same line', () => {
    expect(classify('CNT:01     #270000', 1)).toMatchObject({ kind: 'count', start: 1, end: null, caseNumber: '270000' });
    expect(classify('CNT:001-003', 1)).toMatchObject({ start: 1, end: 3, caseNumber: '' });
    expect(classify('CNT: 001 #123', 1)).toMatchObject({ start: 1, caseNumber: '123' });
    expect(classify('CNT:01-02 NO K21-3344', 1)).toMatchObject({ start: 1, end: 2, caseNumber: 'K21-3344' });
    expect(classify('CNT:0    1 #388555T, 89894371', 1)).toMatchObject({ start: 1, caseNumber: '388555T, 89894371' });
    expect(classify('CNT:-1    #AT33000-Z', 1)).toMatchObject({ start: 1, end: null, caseNumber: 'AT33000-Z' });
    expect(classify('CNT:O1 #5', 1)).toMatchObject({ start: 1 });
    const withCharge = classify('CNT:005 #19-55121  664/487(A) PC-ATTEMPTED GRAND THEFT', 1);
    expect(withCharge).toMatchObject({ caseNumber: '19-55121', rest: { kind: 'charge', charge: { section: '487(a)', attempted: true } } });
    expect(classify('CNT:01 #BA45566 TOC:M', 1)).toMatchObject({ caseNumber: 'BA45566', rest: { kind: 'toc', value: 'M' } });
  });

  it('reads count content lines', () => {
    expect(classify('*DISPO:CONVICTED', 1)).toMatchObject({ kind: 'dispo', text: 'CONVICTED' });
    expect(classify(' D I S P O: DISMISSED', 1)).toMatchObject({ kind: 'dispo', text: 'DISMISSED' });
    expect(classify('DISP:DISCHARGED', 1)).toMatchObject({ kind: 'dispo', text: 'DISCHARGED' });
    expect(classify('CONV STATUS:MISDEMEANOR', 1)).toMatchObject({ kind: 'convStatus', text: 'MISDEMEANOR' });
    expect(classify('SEN: 012 MONTHS PROBATION', 1)).toMatchObject({ kind: 'sentence' });
    expect(kind('SEN FROM: LOS ANGELES CO CRT #A-400000')).toBe('text');
    expect(classify('COM: CHRG-537E(A) PC', 1)).toMatchObject({ kind: 'comment', text: 'CHRG-537E(A) PC' });
    expect(classify('TOC:F', 1)).toMatchObject({ kind: 'toc', value: 'F' });
    expect(classify('ARR BY:CAPD LOS ANGELES', 1)).toMatchObject({ kind: 'arrestBy', text: 'CAPD LOS ANGELES' });
    expect(kind('WARRANT #BA099887')).toBe('warrant');
    expect(kind('SEE COMMENT FOR CHARGE')).toBe('seeComment');
    expect(kind('1170 (H) PC-SENTENCING')).toBe('sentencing1170');
    expect(classify('-ATTEMPTED           -BENCH WARRANT', 1)).toMatchObject({ kind: 'flags', flags: ['-ATTEMPTED', '-BENCH WARRANT'] });
    expect(classify('#65131', 1)).toMatchObject({ kind: 'caseNumber', value: '65131' });
    expect(classify('NAM:001', 1)).toMatchObject({ kind: 'nam', nameCode: '001' });
  });

  it('reads dates in both orders, with stray dots, and what follows them', () => {
    expect(classify('19731009  CAPD SAN FRANCISCO', 1)).toMatchObject({ kind: 'date', date: '1973-10-09', text: 'CAPD SAN FRANCISCO' });
    expect(classify('10152014  CASC LOS ANGELES', 1)).toMatchObject({ kind: 'date', date: '2014-10-15' });
    expect(classify('2014.09.30  CASO LOS ANGELES', 1)).toMatchObject({ kind: 'date', date: '2014-09-30' });
    expect(classify('06/02/2021  CASO KERN', 1)).toMatchObject({ kind: 'date', date: '2021-06-02' });
    expect(classify('19850902 DISPO:NO LONGER INTERESTED', 1)).toMatchObject({ kind: 'date', rest: { kind: 'dispo' } });
    expect(classify('20151345  CASC X', 1)).toMatchObject({ kind: 'date', date: '', raw: '20151345' });
  });

  it('reads charge lines', () => {
    expect(classify('496.1 PC-RECEIVE/ETC KNOWN STOLEN PROPERTY', 1)).toMatchObject({
      kind: 'charge',
      charge: { code: 'PC', section: '496.1', description: 'RECEIVE/ETC KNOWN STOLEN PROPERTY' },
    });
    expect(kind('3 YEARS PROBATION, 30 DAYS JAIL,')).toBe('text');
    expect(kind('BUY/SELL ARTICLES W/IDENT REMOVED')).toBe('text');
  });

  it('reads subject fields and name continuation lines', () => {
    expect(classify('DOB/19570119 SEX/M RAC/WHITE', 1)).toMatchObject({
      kind: 'subject',
      fields: [
        ['DOB', '19570119'],
        ['SEX', 'M'],
        ['RAC', 'WHITE'],
      ],
    });
    expect(classify('HGT/502 WGT/317 EYE/GRN HAIR/PNK POB/CA', 1)).toMatchObject({
      fields: [
        ['HGT', '502'],
        ['WGT', '317'],
        ['EYE', 'GRN'],
        ['HAIR', 'PNK'],
        ['POB', 'CA'],
      ],
    });
    expect(classify('02 SKYWALKER,LUKE', 1)).toMatchObject({ kind: 'nameCont', code: '02', name: 'SKYWALKER,LUKE' });
  });
});
