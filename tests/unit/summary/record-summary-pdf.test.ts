import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseBody, type CaseEvent } from '@/lib/model';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { createMeasure, pageTemplates } from '@/lib/packet/pdf';
import type { DrawOp, Measure } from '@/lib/packet/layout/types';
import { layoutRecordSummary, renderRecordSummaryPdf, SUMMARY_CONFIDENTIAL, SUMMARY_TEMPLATE, SUMMARY_TITLE } from '@/lib/packet/record-summary-pdf';
import { buildRecordSummary, type RecordSummary } from '@/lib/summary/record-summary';
import { sampleBody } from '../../factories/case-factory';
import { openPdf, pageTexts } from '../packet/helpers';
import { renderPage1Gray } from '../../factories/pdf-render';

const asOf = '2026-03-01';
const fonts = loadNodeFonts();
const measure: Measure = createMeasure(fonts);

const COUNTIES = ['Los Angeles', 'Orange', 'San Diego', 'Alameda', 'Riverside', 'Sacramento'];
const OFFENSES = [
  { code: 'PC', section: '647(b)', description: 'Disorderly conduct: prostitution', level: 'M' },
  { code: 'PC', section: '484(a)', description: 'Petty theft', level: 'M' },
  { code: 'HS', section: '11377(a)', description: 'Possession of a controlled substance', level: 'F' },
  { code: 'PC', section: '148.9(a)', description: 'False identification to a peace officer', level: 'M' },
  { code: 'PC', section: '211', description: 'Robbery', level: 'F' },
  { code: 'VC', section: '14601.1(a)', description: 'Driving when privilege suspended', level: 'M' },
  { code: 'PC', section: '653.22(a)', description: 'Loitering with intent to commit prostitution (former section)', level: 'M' },
  { code: 'PC', section: '459', description: 'Burglary', level: 'F' },
] as const;

/** An invented record of `n` entries: 1-4 per case, six counties, some long text and prior relief. Deterministic. */
function bigRecord(n: number): CaseBody {
  const events: Partial<CaseEvent>[] = [];
  for (let i = 0; i < n; i++) {
    const o = OFFENSES[i % OFFENSES.length]!;
    const county = COUNTIES[(Math.floor(i / 3) * 5) % COUNTIES.length]!;
    const caseNo = `BX${String(70000 + Math.floor(i / 3) * 7 + (i % 3 === 2 ? 1 : 0))}`;
    const year = 2008 + (i % 15);
    const disposition =
      i % 17 === 0
        ? 'CONVICTED; 2019-02-01: CONV SET ASIDE & DISM PER 1203.4 PC'
        : i % 23 === 0
          ? 'CONVICTED; 2023-07-01: RELIEF GRANTED PER 1203.425 PC; ' + 'PROBATION MODIFIED, TERMS AND CONDITIONS RESTATED IN OPEN COURT; '.repeat(4)
          : 'Convicted';
    events.push({
      id: `big-${i + 1}`,
      kind: i % 7 === 3 ? 'arrest' : 'conviction',
      date: i % 41 === 40 ? '' : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      county,
      court: `${county} County Superior Court`,
      agency: `${county} Police Department`,
      caseNumber: caseNo,
      ...o,
      disposition,
      sentence: i % 2 ? 'Summary probation' : '36 months probation, 30 days jail, fine, restitution',
    });
  }
  return CaseBody.parse({
    client: { firstName: 'Marisol', lastName: 'Example-Quiroga', dob: '1991-06-02', cii: 'A11223344', aliases: ['Mari Q'] },
    trafficking: { periods: [{ from: '2009-01-01', to: '2016-12-31' }] },
    events,
  });
}

/** Every text op must sit inside the page and no two may overlap on a page. */
function checkGeometry(pages: DrawOp[][]): string[] {
  const problems: string[] = [];
  pages.forEach((ops, p) => {
    const boxes = ops
      .filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text')
      .map((o) => ({ text: o.text, x0: o.x, x1: o.x + measure(o.text, o.style, o.size), y0: o.y - 0.2 * o.size, y1: o.y + 0.75 * o.size }));
    for (const b of boxes) {
      if (b.x0 < 36 || b.x1 > 576 || b.y0 < 24 || b.y1 > 770) problems.push(`page ${p + 1}: "${b.text}" outside the margins`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) problems.push(`page ${p + 1}: "${a.text}" overlaps "${b.text}"`);
      }
    }
  });
  return problems;
}

describe('renderRecordSummaryPdf: the sample case', () => {
  let summary: RecordSummary;
  let bytes: Uint8Array;
  let texts: string[];
  beforeAll(async () => {
    summary = buildRecordSummary(sampleBody(), { asOf });
    bytes = await renderRecordSummaryPdf(summary, { fonts, asOf });
    texts = await pageTexts(bytes);
  });

  it('has the title, client header, counts and headings as extractable text', () => {
    const all = texts.join('\n');
    expect(texts[0]).toContain(SUMMARY_TITLE);
    for (const s of ['Alvarado Ortiz, Daniela Inés', '1994-03-17', 'A09876543', 'Dani Ortiz; Daniela Reyes', '2010-05-01 to 2013-01-15; 2013-06-01 to', 'Screened as of 2026-03-01']) {
      expect(all).toContain(s);
    }
    expect(texts[0]).toMatch(/9 Entries 6 Candidate 2 Review 1 Ineligible 0 Prior relief 2 Open questions/);
    for (const h of ['Record by county and case', 'Los Angeles County', 'Orange County', 'Prior relief on the record', 'Open questions']) expect(all).toContain(h);
    expect(all).toContain('7 entries: 4 candidate, 2 review, 1 ineligible');
    expect(all).toContain('Case 2CA21877');
    expect(all).toContain('No case number on record');
  });

  it('shows every entry with its section, verdict, reason and questions', () => {
    const all = texts.join('\n');
    for (const k of summary.counties.flatMap((c) => c.cases)) {
      for (const e of k.entries) {
        expect(all).toContain(e.offense);
        expect(all).toContain(e.verdict.toUpperCase());
      }
    }
    expect(all.match(/\bCANDIDATE\b/g)?.length).toBeGreaterThanOrEqual(6);
    expect(all).toContain('INELIGIBLE');
    expect(all).toContain('Why: PC 211 is a violent felony: § 667.5(c)(9) lists any robbery.');
    expect(all).toContain('Open question: Was the client a victim of human trafficking when this offense was committed?');
    // The open questions section asks each question once, naming the entries.
    expect(all).toContain('2 entries: 2013-03-10 PC 148.9(a), Los Angeles, case 3MT04120; 2018-04-11 VC 14601.1(a), Los Angeles, case 8MT10552');
  });

  it('numbers pages "Page N of M" and prints the footer on every page', async () => {
    expect(texts).toHaveLength(2);
    texts.forEach((t, i) => {
      expect(t).toContain(`Page ${i + 1} of ${texts.length}`);
      expect(t).toContain(SUMMARY_CONFIDENTIAL);
      expect(t).toContain('Generated by Vacatur Assist on 2026-03-01. Screening is a starting point for the attorney, not legal advice.');
    });
    expect(await pageTemplates(bytes)).toEqual([SUMMARY_TEMPLATE, SUMMARY_TEMPLATE]);
  });

  it('is letter size with bookmarks for each county and case', async () => {
    const doc = await openPdf(bytes);
    const page = await doc.getPage(1);
    expect(page.view).toEqual([0, 0, 612, 792]);
    const outline = await doc.getOutline();
    expect(outline.map((o) => o.title)).toEqual([
      'Los Angeles County (7 entries: 4 candidate, 2 review, 1 ineligible)',
      'Orange County (2 entries: 2 candidate, 0 review, 0 ineligible)',
      'Prior relief on the record',
      'Open questions',
    ]);
    expect(outline[1]!.items.map((o) => o.title)).toEqual(['No case number', 'Case 14WM01377']);
    await doc.destroy();
  });

  it('lays out without overlapping text', () => {
    expect(checkGeometry(layoutRecordSummary(summary, measure).pages)).toEqual([]);
  });

  // poppler-utils is a declared system dependency (scripts/install-system-deps.sh): no skip.
  it('page 1 renders with pdftoppm and is not blank', () => {
    const { w, h, px } = renderPage1Gray(bytes);
    expect([w, h]).toEqual([425, 550]); // 8.5 x 11 in at 50 dpi
    let dark = 0;
    for (const v of px) if (v < 128) dark++;
    expect(dark).toBeGreaterThan(3000);
    // Plain paper: no pleading rule down the left side (x = 86-89 pt).
    let ruleColumn = 0;
    const x = Math.round((87.5 / 612) * w);
    for (let y = 0; y < h; y++) if (px[y * w + x]! < 128) ruleColumn++;
    expect(ruleColumn).toBeLessThan(h / 2);
  });
});

describe('renderRecordSummaryPdf: a 250-entry record', () => {
  let summary: RecordSummary;
  let bytes: Uint8Array;
  let texts: string[];
  let ms = 0;
  beforeAll(async () => {
    summary = buildRecordSummary(bigRecord(250), { asOf });
    const t0 = performance.now();
    bytes = await renderRecordSummaryPdf(summary, { fonts, asOf });
    ms = performance.now() - t0;
    // SUMMARY_PDF_OUT=/tmp/big.pdf keeps the PDF for a look with pdftoppm.
    if (process.env.SUMMARY_PDF_OUT) writeFileSync(process.env.SUMMARY_PDF_OUT, bytes);
    texts = await pageTexts(bytes);
  });

  it('paginates, numbering every page of the total', () => {
    expect(summary.counts.total).toBe(250);
    expect(texts.length).toBe(layoutRecordSummary(summary, measure).pages.length);
    // About six entries a page: the exact count moves with reason wording, so bound it. Every
    // reason of an entry is printed (issue 11), not only the first, hence the upper bound.
    expect(texts.length).toBeGreaterThanOrEqual(30);
    expect(texts.length).toBeLessThanOrEqual(55);
    texts.forEach((t, i) => {
      expect(t).toContain(`Page ${i + 1} of ${texts.length}`);
      expect(t).toContain(SUMMARY_CONFIDENTIAL);
    });
    // Continuation pages carry the running header.
    for (const t of texts.slice(1)) expect(t).toContain('Criminal Record Summary: Example-Quiroga, Marisol');
    console.info(`record summary: 250 entries, ${texts.length} pages, ${bytes.length} bytes, rendered in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(15_000);
  });

  it("shows every entry's section and case number, and each verdict word", () => {
    const all = texts.join('\n');
    let entries = 0;
    for (const c of summary.counties) {
      for (const k of c.cases) {
        expect(all).toContain(`Case ${k.caseNumber}`);
        for (const e of k.entries) {
          expect(all).toContain(e.offense);
          entries++;
        }
      }
    }
    expect(entries).toBe(250);
    const verdicts = (all.match(/\b(CANDIDATE|REVIEW|INELIGIBLE)\b/g) ?? []).length;
    // Every entry's verdict, plus the legend at the top (one of each word).
    expect(verdicts).toBe(250 + 3);
    for (const w of ['CANDIDATE', 'REVIEW', 'INELIGIBLE']) expect(all).toContain(w);
  });

  it('repeats the county and table header on continuation pages', () => {
    const continued = texts.filter((t) => / County \(continued\) Date Event Offense Lvl Description Disposition \/ sentence Verdict/.test(t));
    expect(continued.length).toBeGreaterThan(5);
  });

  it('lists the prior relief found in the dispositions', () => {
    const all = texts.join('\n');
    expect(summary.priorRelief.length).toBe(25);
    expect(all).toContain('Conviction set aside and dismissed Pen. Code § 1203.4');
    expect(all).toContain('Conviction relief granted Pen. Code § 1203.425');
  });

  it('wraps long text and keeps everything inside the margins without overlaps', () => {
    expect(checkGeometry(layoutRecordSummary(summary, measure).pages)).toEqual([]);
  });
});

describe('renderRecordSummaryPdf: edge cases', () => {
  it('renders an empty record on one page', async () => {
    const s = buildRecordSummary(CaseBody.parse({ client: {}, events: [] }), { asOf });
    const texts = await pageTexts(await renderRecordSummaryPdf(s, { fonts, asOf }));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('(unnamed client)');
    expect(texts[0]).toContain('No entries on the record.');
    expect(texts[0]).toContain('No trafficking period is entered.');
    expect(texts[0]).toContain('Page 1 of 1');
  });

  it('cuts a cell that would outgrow a page, so no row overflows', () => {
    const body = CaseBody.parse({
      client: { lastName: 'Example' },
      events: [{ id: 'x', kind: 'conviction', date: '2012-01-01', county: 'Orange', code: 'PC', section: '484(a)', disposition: 'PROBATION MODIFIED AND RESTATED '.repeat(300) }],
    });
    const laid = layoutRecordSummary(buildRecordSummary(body, { asOf }), measure);
    expect(checkGeometry(laid.pages)).toEqual([]);
    expect(laid.pages.flat().some((o) => o.kind === 'text' && o.text.includes('…'))).toBe(true);
  });
});
