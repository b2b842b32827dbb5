import { describe, expect, it } from 'vitest';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet/index';
import { agencyInfo } from '@/lib/rapsheet/agency';

const map = (...lines: string[]) =>
  rapSheetToCase(parseRapSheet(['CII/A12345678', 'DOB/19900101 SEX/F', 'NAM/01 DOE,JANE MARIE', '    02 ROE,JANE', '* * * *', ...lines, '* * * END OF MESSAGE * * *'].join('\n')));

const ARREST = ['ARR/DET/CITE: NAM:01', '20150612 CAPD LOS ANGELES'];
const COURT = ['- - - -', 'COURT: NAM:01', '20150701 CASC LOS ANGELES'];

describe('rapSheetToCase', () => {
  it('maps a convicted count to a conviction dated by the court entry, level from CONV STATUS', () => {
    const { events } = map(...ARREST, 'CNT:01 #B1', '647(B) PC-PROSTITUTION', ...COURT, 'CNT:01 #5CA', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED', 'CONV STATUS:MISDEMEANOR', 'SEN: 036 MONTHS PROBATION');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'conviction',
      date: '2015-07-01',
      code: 'PC',
      section: '647(b)',
      description: 'PROSTITUTION',
      level: 'M',
      caseNumber: '5CA',
      county: 'Los Angeles',
      court: 'CASC LOS ANGELES',
      agency: 'CAPD LOS ANGELES',
      disposition: 'CONVICTED',
      sentence: '36 MONTHS PROBATION',
      jurisdiction: '',
      attempted: false,
    });
    expect(events[0]!.id).toMatch(/^rap-[0-9a-z]+$/);
    expect(events[0]!.source).toBe('rap:A12345678:2015-06-12:2015-07-01:5CA:1:conviction');
  });

  it('maps an arrest count with no conviction to an arrest with the court disposition', () => {
    const { events } = map(...ARREST, 'CNT:01 #B1', '653.22(A) PC-LOITER', ...COURT, 'CNT:01 #5CA', '653.22(A) PC-LOITER', 'DISPO:DISMISSED/FURTHERANCE OF JUSTICE');
    expect(events).toEqual([expect.objectContaining({ kind: 'arrest', date: '2015-06-12', section: '653.22(a)', disposition: 'DISMISSED/FURTHERANCE OF JUSTICE', caseNumber: '5CA' })]);
  });

  it('keeps prosecutor rejections and releases on the arrest', () => {
    const { events } = map(...ARREST, 'CNT:01 #B1', '459 PC-BURGLARY', 'DISPO:PROS REJ-LACK OF SUFF EVIDENCE', 'CNT:02', '484 PC-THEFT', '20150613', 'DISPO:RELEASED/DETENTION ONLY');
    expect(events.map((e) => [e.kind, e.section, e.disposition, e.caseNumber])).toEqual([
      ['arrest', '459', 'PROS REJ-LACK OF SUFF EVIDENCE', 'B1'],
      ['arrest', '484', '2015-06-13: RELEASED/DETENTION ONLY', 'B1'],
    ]);
  });

  it('makes one event per count of a range', () => {
    const { events } = map(...COURT.slice(1), 'CNT:01-03 #7', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED');
    expect(events.map((e) => e.source)).toEqual([
      'rap:A12345678:2015-07-01:2015-07-01:7:1:conviction',
      'rap:A12345678:2015-07-01:2015-07-01:7:2:conviction',
      'rap:A12345678:2015-07-01:2015-07-01:7:3:conviction',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });

  it('strips 664 from the section and sets attempted', () => {
    const { events } = map(...COURT.slice(1), 'CNT:01', '664/211 PC-ROBBERY', '*DISPO:CONVICTED', 'CNT:02', '-ATTEMPTED', '459 PC-BURGLARY', '*DISPO:CONVICTED');
    expect(events.map((e) => [e.section, e.attempted])).toEqual([
      ['211', true],
      ['459', true],
    ]);
  });

  it('takes the level from CONV STATUS, then the charge TOC, then the entry TOC', () => {
    const { events } = map('COURT:', '20150701 CASC X', 'TOC:F', 'CNT:01', '459 PC-BURGLARY', '*DISPO:CONVICTED', 'CONV STATUS:MISDEMEANOR', 'CNT:02', '484 PC-THEFT TOC:I', '*DISPO:CONVICTED', 'CNT:03', '211 PC-ROBBERY', '*DISPO:CONVICTED');
    expect(events.map((e) => e.level)).toEqual(['M', 'I', 'F']);
  });

  it('reads a felony from a state prison sentence or 1170(h) when nothing else gives the level', () => {
    const { events } = map('COURT:', '20150701 CASC X', 'CNT:01', '459 PC-BURGLARY', '*DISPO:CONVICTED', 'SEN: 2 YEARS PRISON', 'CNT:02', '1170 (H) PC-SENTENCING', '11377 HS-POSSESS', '*DISPO:CONVICTED', 'CNT:03', '484 PC-THEFT', '*DISPO:CONVICTED', 'SEN: 30 DAYS JAIL');
    expect(events.map((e) => e.level)).toEqual(['F', 'F', '']);
  });

  it('maps juvenile court (CAJV) and sustained petitions to adjudications', () => {
    const { events } = map('COURT:', '20150701 CAJV ALAMEDA', 'CNT:01', '602 WI-WARD', 'COM: CHRG-647(B) PC', '*DISPO:SUSTAINED', 'CNT:02', '211 PC-ROBBERY', '*DISPO:CONVICTED');
    expect(events.map((e) => [e.kind, e.section])).toEqual([
      ['adjudication', '647(b)'],
      ['adjudication', '211'],
    ]);
  });

  it('sets jurisdiction for federal and other-state entries', () => {
    const { events } = map('COURT:', '20150701 USDC SAN DIEGO', 'CNT:01', '18 1028(A) US-FRAUD', '*DISPO:CONVICTED', '* * * *', 'COURT:', '20160701 NVMC LAS VEGAS', 'CNT:01', '201.354 NRS-SOLICITATION', '*DISPO:CONVICTED');
    expect(events.map((e) => [e.code, e.section, e.jurisdiction])).toEqual([
      ['USC', '18 1028(a)', 'federal'],
      ['NRS', '201.354', 'other-state'],
    ]);
    expect(agencyInfo('LAKE CO SHERIFF').jurisdiction).toBe('');
  });

  it('writes post-conviction relief into disposition and notes (R36-R38)', () => {
    const { events } = map(...COURT.slice(1), 'CNT:01', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED', '20190101', 'DISPO:CONV SET ASIDE & DISM PER 1203.4 PC', '20230701', 'DISPO:RELIEF GRANTED PER 1203.425 PC');
    expect(events[0]!.disposition).toBe('CONVICTED; 2019-01-01: CONV SET ASIDE & DISM PER 1203.4 PC; 2023-07-01: RELIEF GRANTED PER 1203.425 PC');
    expect(events[0]!.notes).toBe('Conviction set aside and dismissed under PC 1203.4 on 2019-01-01. Relief granted under PC 1203.425 on 2023-07-01.');
  });

  it('moves a case-level PROBATION REVOKED printed under a dismissed count to the conviction above it', () => {
    const { events } = map(...COURT.slice(1), 'CNT:01', '11350 HS-POSSESS', '*DISPO:CONVICTED', 'SEN: 3 YEARS PROBATION', 'CNT:02', '11364 HS-PARAPHERNALIA', 'DISPO:DISMISSED', '20160101', 'DISPO:PROBATION REVOKED', 'SEN: 16 MONTHS PRISON');
    expect(events.map((e) => [e.section, e.disposition, e.sentence])).toEqual([
      ['11350', 'CONVICTED; 2016-01-01: PROBATION REVOKED', '3 YEARS PROBATION; from 2016-01-01: 16 MONTHS PRISON'],
      ['11364', 'DISMISSED', ''],
    ]);
  });

  it('adds no events for custody, probation, registration or applicant entries', () => {
    const { events } = map('CUSTODY:CDC', '20150101 CASD CORRECTIONS', 'CNT:01', '459 PC-BURGLARY', 'SEN: 2 YEARS PRISON', '- - - -', 'PROBATION:', '20150101 CAPR X', 'CNT:01', '459 PC-BURGLARY', '- - - -', 'REGISTRATION:', '20150101 CASO X', 'CNT:01', '290 PC-REGISTRATION', '- - - -', 'APPLICANT:', '20150101 CASD X', 'CNT:01', 'APPLICANT X');
    expect(events).toEqual([]);
  });

  it('returns the source lines of each entry', () => {
    const { entries } = map(...COURT.slice(1), 'CNT:01', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED', 'CONV STATUS:MISDEMEANOR');
    expect(entries[0]!.lines).toEqual([8, 11]);
  });

  it('maps subject details to client fields', () => {
    const { client } = rapSheetToCase(parseRapSheet('CII/A12345678\nDOB/19900101 SEX/F\nHGT/504 WGT/128 EYE/BRO HAIR/BLK POB/CA\nNAM/01 O\'BRIEN-SMITH,MARY ANN LEE\n    02 SMITH,MARY\nCDL/D1234567 X9\n'));
    expect(client).toEqual({
      lastName: "O'Brien-Smith",
      firstName: 'Mary',
      middleName: 'Ann Lee',
      aliases: ['Smith, Mary'],
      dob: '1990-01-01',
      sex: 'F',
      cii: 'A12345678',
      placeOfBirth: 'CA',
      height: '5\'04"',
      weight: '128',
      eyeColor: 'Brown',
      hairColor: 'Black',
      driversLicense: 'D1234567',
    });
  });

  it('does not change the parsed sheet', () => {
    const sheet = parseRapSheet(['CII/A1', 'NAM/01 A,B', '* * * *', 'COURT:', '20150701 CASC X', 'CNT:01', '1 PC-X', '*DISPO:CONVICTED', 'CNT:02', '2 PC-Y', 'DISPO:DISMISSED', '20160101', 'DISPO:PROBATION REVOKED'].join('\n'));
    const before = JSON.stringify(sheet);
    rapSheetToCase(sheet);
    expect(JSON.stringify(sheet)).toBe(before);
  });
});
