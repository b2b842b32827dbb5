import { describe, expect, it } from 'vitest';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet';
import { agencyLabel } from '@/lib/rapsheet/agency-label';
import { offenseLabel } from '@/lib/rapsheet/offense-label';
import { resolveSeeComment, sheetCommentOf } from '@/lib/rapsheet/see-comment';

describe('agencyLabel', () => {
  it('names an out-of-state place with its state', () => {
    expect(agencyLabel('NVSO CLARK CO')).toBe('Clark County, NV');
    expect(agencyLabel('NVSO CLARK COUNTY')).toBe('Clark County, NV');
    expect(agencyLabel('NVPD LAS VEGAS')).toBe('Las Vegas, NV');
  });
  it('marks federal agencies and courts', () => {
    expect(agencyLabel('USDC SAN DIEGO')).toBe('San Diego (federal)');
    expect(agencyLabel('USCI SAN PEDRO CA')).toBe('San Pedro, CA (federal)');
  });
  it('leaves California and plain names as written', () => {
    expect(agencyLabel('CASC LOS ANGELES')).toBe('CASC LOS ANGELES');
    expect(agencyLabel('Anaheim Police Department')).toBe('Anaheim Police Department');
    expect(agencyLabel('')).toBe('');
  });
});

describe('offenseLabel', () => {
  it('keeps a federal title before the code', () => {
    expect(offenseLabel('USC', '18 1546(a)')).toBe('18 USC 1546(a)');
    expect(offenseLabel('18 USC', '1546(a)')).toBe('18 USC 1546(a)');
    expect(offenseLabel('18 U.S.C.', '§ 1546(a)')).toBe('18 USC 1546(a)');
    expect(offenseLabel('', '18 USC 1546(a)')).toBe('18 USC 1546(a)');
    expect(offenseLabel('USC', '1546(a)')).toBe('USC 1546(a)');
  });
  it('writes state codes code first', () => {
    expect(offenseLabel('PC', '647(b)')).toBe('PC 647(b)');
    expect(offenseLabel('', '647(b)')).toBe('647(b)');
    expect(offenseLabel('PC', '')).toBe('PC');
  });
  it('keeps the title of a federal charge read from a RAP sheet', () => {
    const text = ['CII/A1', 'NAM/01 DOE,JANE', '* * * *', 'COURT:                NAM:01', '20210615  USDC SAN DIEGO', '', 'CNT:01     #3:21-CR-1', '  18 1546(A) US-FRAUD AND MISUSE OF VISAS', '*DISPO:CONVICTED', '* * * END OF MESSAGE * * *'].join('\n');
    const ev = rapSheetToCase(parseRapSheet(text)).events[0]!;
    expect(offenseLabel(ev.code, ev.section)).toBe('18 USC 1546(a)');
  });
});

describe('SEE COMMENT', () => {
  it('is replaced by the comment text, or points to the sheet', () => {
    expect(resolveSeeComment('SEE COMMENT FOR CHARGE', 'CHRG 266H PC AMENDED')).toBe('CHRG 266H PC AMENDED');
    expect(resolveSeeComment('SEE COMMENT FOR CHARGE', '')).toBe("see the sheet's comment");
    expect(resolveSeeComment('SEE COMMENT', '')).toBe("see the sheet's comment");
    expect(resolveSeeComment('PROSTITUTION', 'x')).toBe('PROSTITUTION');
  });
  it('finds the comment in an event\'s notes', () => {
    expect(sheetCommentOf('Sheet comment: "CHRG 266H PC AMENDED". Flags: -ATTEMPTED.')).toBe('CHRG 266H PC AMENDED');
    expect(sheetCommentOf('COM: AMENDED TO 415 PC')).toBe('AMENDED TO 415 PC');
    expect(sheetCommentOf('Probation revoked on 2014-01-01.')).toBe('');
  });
  it('keeps the comments of a count whose charge is only SEE COMMENT', () => {
    const text = ['CII/A1', 'NAM/01 DOE,JANE', '* * * *', 'COURT:                NAM:01', '20170420  CASC SANTA CLARA', '', 'CNT:01     #C1', '  SEE COMMENT FOR CHARGE', ' DISPO:DISMISSED', '   COM: CHARGE AMENDED AT ARRAIGNMENT', '* * * END OF MESSAGE * * *'].join('\n');
    const ev = rapSheetToCase(parseRapSheet(text)).events[0]!;
    expect(sheetCommentOf(ev.notes)).toBe('CHARGE AMENDED AT ARRAIGNMENT');
  });
});
