import { describe, expect, it } from 'vitest';
import { parseChargeLine, parseCommentCharge } from '@/lib/rapsheet/charge';
import { dispositionType, severityOf } from '@/lib/rapsheet/disposition';
import { parseRapSheet } from '@/lib/rapsheet/index';
import { parseRapDate } from '@/lib/rapsheet/rap-date';
import { parseSentence } from '@/lib/rapsheet/sentence';

const sheet = (...lines: string[]) => parseRapSheet(lines.join('\n'));
const wrap = (...lines: string[]) => sheet('CII/A12345678', 'NAM/01 DOE,JANE', '* * * *', ...lines, '* * * END OF MESSAGE * * *');

describe('charge lines', () => {
  it.each([
    ['496.1 PC-RECEIVE/ETC KNOWN STOLEN PROPERTY', 'PC', '496.1', 'RECEIVE/ETC KNOWN STOLEN PROPERTY', false],
    ['245(A)(1) PC-FORCE/ADW NOT FIREARM:GBI LIKELY', 'PC', '245(a)(1)', 'FORCE/ADW NOT FIREARM:GBI LIKELY', false],
    ['496 (A) (2) PC-RECEIVE STOLEN', 'PC', '496(a)(2)', 'RECEIVE STOLEN', false],
    ['496,3(A)(2) PC-RECEIVE STOLEN', 'PC', '496.3(a)(2)', 'RECEIVE STOLEN', false],
    ['537E(A) PC-BUY/SELL ARTICLES', 'PC', '537e(a)', 'BUY/SELL ARTICLES', false],
    ['664/211 PC-ROBBERY', 'PC', '211', 'ROBBERY', true],
    ['487(A)-664 PC-GRAND THEFT', 'PC', '487(a)', 'GRAND THEFT', true],
    ['11350 HS-POSSESS NARCOTIC', 'HS', '11350', 'POSSESS NARCOTIC', false],
    ['487(D) CP-GRAND THEFT:FIREARM', 'CP', '487(d)', 'GRAND THEFT:FIREARM', false],
    ['647(B) PC DISORDERLY CONDUCT', 'PC', '647(b)', 'DISORDERLY CONDUCT', false],
    ['PC 647(B)-PROSTITUTION', 'PC', '647(b)', 'PROSTITUTION', false],
    ['18 2113(A) US-BANK/ETC ROBBERY', 'USC', '18 2113(a)', 'BANK/ETC ROBBERY', false],
  ])('%s', (line, code, section, description, attempted) => {
    expect(parseChargeLine(line, 1)).toMatchObject({ code, section, description, attempted });
  });

  it('reads a TOC or a lone level marker at the end', () => {
    expect(parseChargeLine('647(B) PC-PROSTITUTION TOC:M', 1)).toMatchObject({ level: 'M', description: 'PROSTITUTION' });
    expect(parseChargeLine('484(A) PC-THEFT OF PROPERTY    M', 1)).toMatchObject({ level: 'M', description: 'THEFT OF PROPERTY' });
  });

  it('refuses sentence and free text', () => {
    for (const t of ['3 YEARS PROBATION, 30 DAYS JAIL,', '16 MONTHS PRISON', '3 ADD CNTS OF 496.1 PC', 'BUY/SELL ARTICLES']) {
      expect(parseChargeLine(t, 1), t).toBeNull();
    }
  });

  it('reads the charge inside COM: CHRG-', () => {
    expect(parseCommentCharge('CHRG-537E(A) PC', 4)).toMatchObject({ code: 'PC', section: '537e(a)', fromComment: true });
    expect(parseCommentCharge('CHRG 487(A)-664 PC', 4)).toMatchObject({ section: '487(a)', attempted: true });
    expect(parseCommentCharge('CHRG-3 ADD CNTS OF 496.1 PC', 4)).toBeNull();
    expect(parseCommentCharge('SCN-12342271234', 4)).toBeNull();
  });
});

describe('dispositions, severity, sentences, dates', () => {
  it.each([
    ['CONVICTED', 'convicted'],
    ['C O N V I C T E D', 'convicted'],
    ['CONVLCTED', 'convicted'],
    ['DISMISSED/FURTHERANCE OF JUSTICE', 'dismissed'],
    ['DISMISSSED/FURTHERANCE OF JUSTICE', 'dismissed'],
    ['1385 PC-DISMISSED/FURTHERANCE OF JUSTICE', 'dismissed'],
    ['PROS REJ-LACK OF SUFFICIENT EVIDENCE', 'prosecutor-rejected'],
    ['SENTENCE MODIFIED', 'sentence-modified'],
    ['CONV SET ASIDE & DISM PER 1203.4 PC', 'set-aside'],
    ['PROBATION REVOKED', 'probation-revoked'],
    ['CONVICTION CERT BY CLERK OF THE COURT', 'other'],
    ['RELEASED/DETENTION ONLY', 'other'],
  ])('%s -> %s', (text, type) => {
    expect(dispositionType(text).type).toBe(type);
  });

  it('keeps the set-aside section', () => {
    expect(dispositionType('CONV SET ASIDE & DISM PER 1203.4A PC')).toEqual({ type: 'set-aside', section: '1203.4A' });
  });

  it('keeps the first letter of CONV STATUS (R34)', () => {
    expect(severityOf('FELONY')).toBe('F');
    expect(severityOf('MISDEMEANOR')).toBe('M');
    expect(severityOf('INFRACTION')).toBe('I');
    expect(severityOf('FELONY REDUCED TO MISD PER 17(B) PC')).toBe('M');
    expect(severityOf('UNKNOWN')).toBe('');
  });

  it('splits sentences into parts with durations', () => {
    expect(parseSentence('012 MONTHS PROBATION, 045 DAYS JAIL, FINE, RESTN')).toEqual({
      text: '12 MONTHS PROBATION, 45 DAYS JAIL, FINE, RESTN',
      parts: [
        { kind: 'probation', text: '12 MONTHS PROBATION', duration: { amount: 12, unit: 'M' } },
        { kind: 'jail', text: '45 DAYS JAIL', duration: { amount: 45, unit: 'D' } },
        { kind: 'detail', text: 'FINE', duration: null },
        { kind: 'detail', text: 'RESTN', duration: null },
      ],
    });
    expect(parseSentence('16 MONTHS PRISON').parts[0]).toMatchObject({ kind: 'prison', duration: { amount: 16, unit: 'M' } });
  });

  it('reads dates YYYYMMDD and MMDDYYYY, rejects impossible ones', () => {
    expect(parseRapDate('20150612')).toBe('2015-06-12');
    expect(parseRapDate('06122015')).toBe('2015-06-12');
    expect(parseRapDate('2015.06.12')).toBe('2015-06-12');
    expect(parseRapDate('20000229')).toBe('2000-02-29');
    expect(parseRapDate('19000229')).toBe('');
    expect(parseRapDate('20151301')).toBe('');
    expect(parseRapDate('12345678')).toBe('');
  });
});

describe('parseRapSheet', () => {
  it('reads the subject block', () => {
    const s = sheet(
      'THE FOLLOWING CII NUMBER(S) IS BEING CONSOLIDATED WITH THIS CII RECORD:',
      '    CII/99000012',
      'CII/A99000015',
      'DOB/19570119 SEX/M RAC/WHITE',
      'HGT/502 WGT/317 EYE/GRN HAIR/PNK POB/CA',
      'NAM/01 SKYWALKER,LUKE JAY',
      '    02 SKYWALKER,LUKE',
      'FBI/9001000',
      'DOB/19600915 19541016',
      'CDL/P0626473 N0055500',
      'SOC/987654323',
      'OCC/FARMER',
    ).subject;
    expect(s).toMatchObject({
      cii: 'A99000015',
      dob: '1957-01-19',
      otherDobs: ['1960-09-15', '1954-10-16'],
      sex: 'M',
      race: 'WHITE',
      height: '502',
      weight: '317',
      eyes: 'GRN',
      hair: 'PNK',
      placeOfBirth: 'CA',
      fbi: '9001000',
      driversLicenses: ['P0626473', 'N0055500'],
      other: { OCC: 'FARMER' },
      names: [
        { code: '01', name: 'SKYWALKER,LUKE JAY' },
        { code: '02', name: 'SKYWALKER,LUKE' },
      ],
    });
    expect(JSON.stringify(s)).not.toContain('987654323');
  });

  it('builds cycles, events and counts with their lines', () => {
    const s = wrap('ARR/DET/CITE: NAM:01', '20150612  CAPD LOS ANGELES', 'CNT:01 #1', '647(B) PC-PROSTITUTION', '- - - -', 'COURT:', '20150701 CASC LOS ANGELES', 'CNT:01 #5CA', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED');
    expect(s.isRapSheet).toBe(true);
    expect(s.warnings).toEqual([]);
    expect(s.complete).toBe(true);
    expect(s.cycles).toHaveLength(1);
    const [arrest, court] = s.cycles[0]!.events;
    expect(arrest).toMatchObject({ kind: 'arrest', nameCode: '01', date: '2015-06-12', agency: 'CAPD LOS ANGELES', lines: [4, 7] });
    expect(court!.counts[0]).toMatchObject({ number: 1, caseNumber: '5CA', lines: [11, 13], dispositions: [{ type: 'convicted' }] });
    expect(s.cycles[0]!.date).toBe('2015-06-12');
  });

  it('expands CNT:01-03 into three counts sharing the charge (R39)', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01-03 #9', '647(B) PC-PROSTITUTION', '*DISPO:CONVICTED');
    const counts = s.cycles[0]!.events[0]!.counts;
    expect(counts.map((c) => [c.number, c.range, c.charge?.section, c.caseNumber])).toEqual([
      [1, [1, 3], '647(b)', '9'],
      [2, [1, 3], '647(b)', '9'],
      [3, [1, 3], '647(b)', '9'],
    ]);
    counts[1]!.flags.push('x');
    expect(counts[0]!.flags).toEqual([]);
  });

  it('takes the charge from COM: CHRG- for SEE COMMENT FOR CHARGE (R40)', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01', 'SEE COMMENT FOR CHARGE', '*DISPO:CONVICTED', 'COM: CHRG-647(B)(1) PC');
    expect(s.cycles[0]!.events[0]!.counts[0]!.charge).toMatchObject({ code: 'PC', section: '647(b)(1)', fromComment: true });
  });

  it('sets attempted from -ATTEMPTED flags (R41) and 664', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01', '-ATTEMPTED', '211 PC-ROBBERY', 'CNT:02', '664/459 PC-BURGLARY');
    expect(s.cycles[0]!.events[0]!.counts.map((c) => c.attempted)).toEqual([true, true]);
  });

  it('attaches CONV STATUS and SEN (with continuation lines) to the disposition', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01', '11357 HS-POSSESS', '*DISPO:CONVICTED', 'CONV STATUS:MISDEMEANOR', 'SEN: 3 YEARS PROBATION, 30 DAYS JAIL,', '     FINE, RESTN');
    expect(s.cycles[0]!.events[0]!.counts[0]!.dispositions[0]).toMatchObject({
      severity: 'M',
      convStatus: 'MISDEMEANOR',
      sentence: { text: '3 YEARS PROBATION, 30 DAYS JAIL, FINE, RESTN' },
    });
  });

  it('attaches dated updates to their count', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01', '32 PC-ACCESSORY', '*DISPO:CONVICTED', '19960628', 'DISPO:PROBATION REVOKED', 'SEN: 16 MONTHS PRISON', 'CNT:02', '148 PC-RESIST', 'DISPO:DISMISSED');
    const [c1, c2] = s.cycles[0]!.events[0]!.counts;
    expect(c1!.updates).toEqual([
      expect.objectContaining({ date: '1996-06-28', dispositions: [expect.objectContaining({ type: 'probation-revoked', sentence: expect.objectContaining({ text: '16 MONTHS PRISON' }) })] }),
    ]);
    expect(c2!.updates).toEqual([]);
  });

  it('recognises relief granted (1203.425) and arrest relief granted (851.93) notes (R37, R38)', () => {
    const s = wrap('ARR/DET/CITE:', '20120315 CAPD X', 'CNT:01', '653.22(A) PC-LOITER', 'COM: ARREST RELIEF GRANTED 20230701 PER 851.93 PC', '- - - -', 'COURT:', '20120401 CASC X', 'CNT:01', '653.22(A) PC-LOITER', '*DISPO:CONVICTED', '20230701', 'DISPO:RELIEF GRANTED PER 1203.425 PC');
    const [arrest, court] = s.cycles[0]!.events;
    expect(arrest!.counts[0]!.notes).toEqual([expect.objectContaining({ kind: 'arrest-relief-granted', date: '2023-07-01', section: '851.93' })]);
    expect(court!.counts[0]!.notes).toEqual([expect.objectContaining({ kind: 'relief-granted', date: '2023-07-01', section: '1203.425' })]);
  });

  it('reads every event type', () => {
    const s = wrap(
      'REGISTRATION: NAM:01', '20080301 CASO X', 'CNT:01', '290 PC-REGISTRATION', '- - - -',
      'APPLICANT: NAM:01', '20090115 CASD X', 'CNT:01', 'APPLICANT CHILD CARE', '- - - -',
      'CUSTODY:JAIL NAM:01', '20100101 CASO X', 'CNT:01', '459 PC-BURGLARY', '- - - -',
      'PROBATION: NAM:01', '20100102 CAPR X', 'CNT:01', '459 PC-BURGLARY', '- - - -',
      'MENTAL HLTH CUS/SUPV NAM:01', '20100103 CAHO X', 'CNT:01', '1370 PC-INCOMPETENT', '- - - -',
      'SUPPLEMENTAL ARR: NAM:01', '20100104 CAPD X', 'CNT:01', '459 PC-BURGLARY', '- - - -',
      'DECEASED:', '20240101 CADJ X',
    );
    expect(s.cycles[0]!.events.map((e) => e.kind)).toEqual(['registration', 'applicant', 'custody', 'probation', 'mental-health', 'supplemental-arrest', 'deceased']);
    expect(s.warnings).toEqual([]);
  });

  it('marks the felony strike banner and does not read its frame as cycles', () => {
    const s = wrap('COURT:', '20150701 CASC X', 'CNT:01', '211 PC-ROBBERY', '*DISPO:CONVICTED', '* * * * * * * * * * *', '** POTENTIAL FELONY STRIKE ENTRY **', '* * * * * * * * * * *', '* * * *', 'COURT:', '20160701 CASC X', 'CNT:01', '459 PC-BURGLARY');
    expect(s.cycles.map((c) => c.strike)).toEqual([true, false]);
  });

  it('warns, citing lines, instead of throwing', () => {
    const s = sheet('CII/A12345678', 'NAM/01 DOE,JANE', '* * * *', 'COURT:', '20151345 CASC X', 'CNT:01', 'SEE COMMENT FOR CHARGE', '*DISPO:CONVICTED', 'CONV STATUS:WEIRD');
    expect(s.warnings).toEqual([
      { line: 5, message: 'date "20151345" is not a real calendar date' },
      { line: 9, message: 'CONV STATUS "WEIRD" is not FELONY, MISDEMEANOR or INFRACTION' },
      { line: 7, message: 'count 01 says SEE COMMENT FOR CHARGE but no COM: CHRG- line gives the charge' },
      { line: 4, message: 'COURT entry has no readable date line' },
      { line: 9, message: 'no END OF MESSAGE line: the transcript may be cut short' },
    ]);
  });

  it('reads entries with a missing cycle delimiter as a new cycle, with a warning', () => {
    const s = wrap('ARR/DET/CITE:', '20150101 CAPD X', 'CNT:01', '459 PC-BURGLARY', '- - - -', 'COURT:', '20150201 CASC X', 'CNT:01', '459 PC-BURGLARY', 'DISPO:DISMISSED', 'ARR/DET/CITE:', '20160101 CAPD X', 'CNT:01', '484 PC-THEFT');
    expect(s.cycles).toHaveLength(2);
    expect(s.warnings.map((w) => w.line)).toEqual([14]);
  });

  it('says when the text is not a RAP sheet', () => {
    const s = parseRapSheet('Dear counsel,\nplease find attached the COURT: order.\nRegards');
    expect(s.isRapSheet).toBe(false);
    expect(s.warnings[0]!.message).toMatch(/does not look like a California RAP sheet/);
    expect(parseRapSheet('').isRapSheet).toBe(false);
  });
});
