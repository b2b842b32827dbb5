import { describe, expect, it } from 'vitest';
import { cleanRapSheetText } from '@/lib/rapsheet/clean';

describe('cleanRapSheetText', () => {
  it('keeps the line count and numbering of the input, whatever the line endings', () => {
    const { lines } = cleanRapSheetText('a\r\nb\rc\nd');
    expect(lines).toEqual(['A', 'B', 'C', 'D']);
  });

  it('removes form feeds without joining lines', () => {
    const { lines } = cleanRapSheetText('CNT:01\n\fCOURT:\n  647(B) PC\f');
    expect(lines).toEqual(['CNT:01', 'COURT:', '647(B) PC']);
  });

  it('blanks page-break furniture and reports those lines', () => {
    const text = ['CNT:01', 'PAGE 2 OF 5', '- 3 -', '12', '(CONTINUED)', 'RE: QHY.CA0190043 DATE:20230619', 'TO: JDI3 FROM: CLETS', '*DISPO:CONVICTED'].join('\n');
    const { lines, pageBreakLines } = cleanRapSheetText(text);
    expect(lines).toEqual(['CNT:01', '', '', '', '', '', '', '*DISPO:CONVICTED']);
    expect(pageBreakLines).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('drops a PAGE n OF m prefix in front of content', () => {
    expect(cleanRapSheetText('PAGE 2 OF 3 496 PC-RECEIVE STOLEN PROPERTY').lines).toEqual(['496 PC-RECEIVE STOLEN PROPERTY']);
  });

  it('applies the CfA OCR substitutions', () => {
    const text = ['CNÍ:01', 'CHI:02', 'CONV STATIS. MISDEMEANOR', 'CONV STATUS:TNFRACTION', '*DISPO:COMVICTED', 'SEN: FINE, RESIN', 'FINESS', '▯RR/PET/CITE:', 'COURI:', 'ÉÇÓ'].join('\n');
    expect(cleanRapSheetText(text).lines).toEqual([
      'CNT:01',
      'CNT:02',
      'CONV STATUS: MISDEMEANOR',
      'CONV STATUS:INFRACTION',
      '*DISPO:CONVICTED',
      'SEN: FINE, RESTN',
      'FINE SS',
      'ARR/DET/CITE:',
      'COURT:',
      'ECO',
    ]);
  });

  it('turns odd dashes, spaces, tabs and bullets into ASCII', () => {
    const { lines } = cleanRapSheetText('647(B) PC\u2013PROSTITUTION\n\u2014 \u2014 \u2014\nA\u00a0\tB\n\u2022 * \u2022 *');
    expect(lines).toEqual(['647(B) PC-PROSTITUTION', '- - -', 'A  B', '. * . *']);
  });

  it('fixes letter-for-digit swaps in a leading date only', () => {
    expect(cleanRapSheetText('2O13O527  CAPD LONG BEACH').lines).toEqual(['20130527  CAPD LONG BEACH']);
    expect(cleanRapSheetText('SOLICIT  CAPD').lines).toEqual(['SOLICIT  CAPD']);
  });

  it('upper-cases everything', () => {
    expect(cleanRapSheetText('cii/a12345678').lines).toEqual(['CII/A12345678']);
  });
});
