import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordSummaryView } from '@/components/summary/RecordSummaryView';
import { CaseBody, type Case, type CaseEvent } from '@/lib/model';
import { createMeasure } from '@/lib/packet/pdf';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { layoutRecordSummary } from '@/lib/packet/record-summary-pdf';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet';
import { buildRecordSummary, countyLabel } from '@/lib/summary/record-summary';

const asOf = '2026-03-01';
const measure = createMeasure(loadNodeFonts());

function body(events: Partial<CaseEvent>[]): CaseBody {
  return CaseBody.parse({
    client: { firstName: 'Rosa', lastName: 'Example', dob: '1990-01-01' },
    trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }] },
    events: events.map((e, i) => ({ id: `e${i + 1}`, kind: 'conviction', code: 'PC', section: '647(b)', level: 'M', county: 'Los Angeles', date: '2012-01-0' + (i + 1), caseNumber: `K${i + 1}`, ...e })),
  });
}

const entriesOf = (b: CaseBody) => buildRecordSummary(b, { asOf }).counties.flatMap((c) => c.cases.flatMap((k) => k.entries));
const pdfText = (b: CaseBody) =>
  layoutRecordSummary(buildRecordSummary(b, { asOf }), measure)
    .pages.flat()
    .map((o) => (o.kind === 'text' ? o.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
const panelText = (b: CaseBody) => render(<RecordSummaryView caseValue={{ ...b, id: 'c1' } as unknown as Case} asOf={asOf} />).container.textContent ?? '';

describe("'SEE COMMENT' is resolved (issue 11, record summary)", () => {
  it('reads the comment kept in the notes in place of the placeholder', () => {
    const b = body([{ description: 'SEE COMMENT FOR CHARGE', notes: 'Sheet comment: "CHRG AMENDED TO 415 PC".' }]);
    expect(entriesOf(b)[0]!.description).toBe('CHRG AMENDED TO 415 PC');
    expect(pdfText(b)).toContain('CHRG AMENDED TO 415 PC');
    expect(pdfText(b)).not.toContain('SEE COMMENT');
    expect(panelText(b)).not.toContain('SEE COMMENT');
  });

  it('says "see the sheet\'s comment" when the case has no comment text', () => {
    const b = body([{ section: 'SEE COMMENT FOR CHARGE', description: '' }]);
    expect(entriesOf(b)[0]!.offense).toBe("see the sheet's comment");
    expect(pdfText(b)).not.toContain('SEE COMMENT');
  });

  it('carries a count\'s own comment from a RAP sheet to the summary', () => {
    const text = ['CII/A1', 'NAM/01 DOE,JANE', '* * * *', 'COURT:                NAM:01', '20170420  CASC SANTA CLARA', '', 'CNT:01     #C1', '  SEE COMMENT FOR CHARGE', ' DISPO:DISMISSED', '   COM: CHARGE AMENDED AT ARRAIGNMENT', '* * * END OF MESSAGE * * *'].join('\n');
    const mapped = rapSheetToCase(parseRapSheet(text));
    const ev = { ...mapped.events[0]!, description: 'SEE COMMENT FOR CHARGE' };
    const e = entriesOf(CaseBody.parse({ client: mapped.client, events: [ev] }))[0]!;
    expect(e.description).toBe('CHARGE AMENDED AT ARRAIGNMENT');
  });
});

describe('out-of-state places read "Clark County, NV" (issue 11, record summary)', () => {
  const b = body([{ county: '', code: 'NRS', section: '201.354', court: 'NVJC LAS VEGAS', agency: 'NVSO CLARK CO', jurisdiction: 'other-state' }]);
  const s = buildRecordSummary(b, { asOf });

  it('groups the entry under the place, with its state, and labels its court and agency', () => {
    expect(s.counties.map((c) => [c.county, c.label])).toEqual([['Clark County, NV', 'Clark County, NV']]);
    expect(s.counties[0]!.cases[0]!.courts).toEqual(['Las Vegas, NV']);
    expect(s.counties[0]!.cases[0]!.agencies).toEqual(['Clark County, NV']);
  });

  it('heads the PDF table and the panel section "Clark County, NV", never "... County" twice or "County not on record"', () => {
    const text = pdfText(b);
    expect(text).toContain('Clark County, NV');
    expect(text).not.toContain('County not on record');
    expect(text).not.toContain('NVSO');
    expect(panelText(b)).toContain('Clark County, NV');
  });

  it('keeps California counties as before', () => {
    expect(countyLabel('Los Angeles')).toBe('Los Angeles County');
    expect(countyLabel('Orange County')).toBe('Orange County');
    expect(countyLabel('')).toBe('County not on record');
  });
});

describe('federal sections keep their title: "18 USC 1546(a)" (issue 11, record summary)', () => {
  it('as the RAP sheet reader stores them (code USC, section "18 1546(a)") and as staff type them ("18 USC")', () => {
    const b = body([
      { county: '', code: 'USC', section: '18 1546(a)', court: 'USDC SAN DIEGO', jurisdiction: 'federal', level: 'F' },
      { county: '', code: '18 USC', section: '1546(a)', court: 'USDC SAN DIEGO', jurisdiction: 'federal', level: 'F' },
    ]);
    expect(entriesOf(b).map((e) => e.offense)).toEqual(['18 USC 1546(a)', '18 USC 1546(a)']);
    expect(buildRecordSummary(b, { asOf }).counties.map((c) => c.label)).toEqual(['San Diego (federal)']);
    expect(pdfText(b)).toContain('18 USC 1546(a)');
    expect(pdfText(b)).not.toContain('USC 18');
    expect(panelText(b)).toContain('18 USC 1546(a)');
  });
});
