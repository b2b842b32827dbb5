// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockToGroup } from '@/lib/packet/layout/blocks';
import { layoutPleading } from '@/lib/packet/layout/document';
import { paginate, type Row } from '@/lib/packet/layout/paginate';
import type { DrawOp, Measure, TextOp } from '@/lib/packet/layout/types';
import { parseMarkup, wrapRuns } from '@/lib/packet/layout/wrap';
import { createMeasure } from '@/lib/packet/pdf';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { PLEADING, captionOps, lineBaseline, pleadingFrame, slotBaseline, type Caption } from '@/lib/packet/pleading-page';

/** Every character 6 pt wide at 12 pt: easy arithmetic. */
const mono: Measure = (text, _style, size) => [...text].length * size * 0.5;
const texts = (ops: DrawOp[]) => ops.filter((o): o is TextOp => o.kind === 'text');

const caption: Caption = {
  counsel: ['A. Lawyer (State Bar No. 1)', 'Street', 'City, CA 90000', 'Telephone: 1', 'Email: a@example.org', '', 'Attorney for Petitioner J. D.'],
  court: ['SUPERIOR COURT OF THE STATE OF CALIFORNIA', 'FOR THE COUNTY OF ORANGE'],
  parties: ['THE PEOPLE OF THE STATE OF CALIFORNIA,', '', '   Plaintiff,', 'v.', 'J. D.,', '   Defendant and Petitioner.'],
  caseNumbers: ['Case No.: 12345'],
  title: 'PETITION',
  details: ['Date:'],
};

describe('pleading geometry (CRC 2.103, 2.107, 2.108)', () => {
  it('puts 28 numbered lines 24 pt apart from 1 inch below the top', () => {
    expect(lineBaseline(1)).toBe(708);
    expect(lineBaseline(28)).toBe(60);
    expect(slotBaseline(2)).toBe(lineBaseline(2));
    expect(slotBaseline(PLEADING.lastSlot)).toBe(lineBaseline(28));
    // At least three line numbers per vertical inch (72 pt).
    expect(72 / PLEADING.lineHeight).toBeGreaterThanOrEqual(3);
  });

  it('keeps the margins: left at least 1 inch, right at least 1/2 inch, on US letter', () => {
    expect(PLEADING.width).toBe(612);
    expect(PLEADING.height).toBe(792);
    expect(PLEADING.textLeft).toBeGreaterThanOrEqual(72);
    expect(PLEADING.width - PLEADING.textRight).toBeGreaterThanOrEqual(36);
    expect(PLEADING.ruleLeft[1]).toBeLessThan(PLEADING.textLeft);
    expect(PLEADING.ruleRight).toBeGreaterThan(PLEADING.textRight);
  });

  it('draws the double rule, the right rule and the numbers 1-28 right-aligned on their lines', () => {
    const ops = pleadingFrame({ page: 3, footerTitle: 'Petition', confidential: true, measure: mono });
    const lines = ops.filter((o) => o.kind === 'line' && o.x1 === o.x2).map((o) => (o as { x1: number }).x1);
    expect(lines).toEqual([86, 89, 540]);
    const numbers = texts(ops).filter((t) => /^\d+$/.test(t.text) && t.y >= 60);
    expect(numbers.map((n) => n.text)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    for (const n of numbers) {
      expect(n.y).toBe(lineBaseline(Number(n.text)));
      expect(n.x + mono(n.text, 'regular', 12)).toBeCloseTo(PLEADING.numberRight);
    }
  });

  it('puts the page number, then a rule, then the title in 10 pt at the foot (CRC 2.110)', () => {
    const ops = pleadingFrame({ page: 3, footerTitle: 'Petition for Vacatur', confidential: false, measure: mono });
    const pageNo = texts(ops).find((t) => t.text === '3' && t.y < 60)!;
    const title = texts(ops).find((t) => t.text === 'PETITION FOR VACATUR')!;
    const rule = ops.find((o) => o.kind === 'line' && o.y1 === o.y2)!;
    expect(pageNo.y).toBeGreaterThan((rule as { y1: number }).y1);
    expect((rule as { y1: number }).y1).toBeGreaterThan(title.y);
    expect(title.size).toBe(10);
    expect(pageNo.y).toBeLessThan(lineBaseline(28));
  });

  it('omits the footer when there is no title (exhibit pages) and marks CONFIDENTIAL above line 1', () => {
    const ops = pleadingFrame({ page: 1, confidential: true, measure: mono });
    expect(ops.some((o) => o.kind === 'line' && o.y1 === o.y2)).toBe(false);
    const mark = texts(ops).find((t) => t.text === 'CONFIDENTIAL')!;
    expect(mark.y).toBeGreaterThan(lineBaseline(1) + 12);
  });
});

describe('first page (CRC 2.111)', () => {
  it('starts counsel on line 1 and the court title on line 8', () => {
    const { ops, nextSlot } = captionOps(caption, mono);
    const t = texts(ops);
    expect(t.find((o) => o.text.startsWith('A. Lawyer'))!.y).toBe(lineBaseline(1));
    expect(t.find((o) => o.text.startsWith('SUPERIOR COURT'))!.y).toBe(lineBaseline(8));
    expect(nextSlot % 2).toBe(0);
    // Case number on the right half, case title on the left.
    expect(t.find((o) => o.text.startsWith('Case No.'))!.x).toBeGreaterThan(306);
    expect(t.find((o) => o.text.startsWith('THE PEOPLE'))!.x).toBe(PLEADING.textLeft);
    // Lines 1-7 right of centre stay blank for the clerk.
    expect(t.filter((o) => o.y >= lineBaseline(7) - 12 && o.x > 306 && o.text !== 'CONFIDENTIAL')).toEqual([]);
  });
});

describe('wrap', () => {
  it('breaks between words within the width, and keeps styles', () => {
    const lines = wrapRuns(parseMarkup('aaaa bbbb **cccc** dddd'), { width: 60, size: 12, measure: mono });
    // 6 pt per character: "aaaa bbbb" is 54 pt; adding " cccc" would be 84.
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(lines[1]!.segments[0]).toMatchObject({ style: 'bold', x: 0 });
    expect(lines[1]!.segments[0]!.text.trim()).toBe('cccc');
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(60);
  });

  it('honours a narrower first line, forced breaks, and splits an over-long word', () => {
    const first = wrapRuns(parseMarkup('aa bb cc'), { width: 60, firstWidth: 20, size: 12, measure: mono });
    expect(first[0]!.segments.map((s) => s.text).join('')).toBe('aa');
    const br = wrapRuns(parseMarkup('one\ntwo'), { width: 600, size: 12, measure: mono });
    expect(br).toHaveLength(2);
    const long = wrapRuns(parseMarkup('x'.repeat(25)), { width: 60, size: 12, measure: mono });
    expect(long.map((l) => l.segments[0]!.text.length)).toEqual([10, 10, 5]);
  });

  it('measures accented and Cyrillic names with the embedded font', () => {
    const measure = createMeasure(loadNodeFonts());
    expect(measure('Inés Жанна', 'regular', 12)).toBeGreaterThan(40);
    expect(measure('W', 'bold', 12)).toBeGreaterThan(measure('i', 'regular', 12));
  });
});

describe('paginate', () => {
  const row = (slots: number, aligned = true, label = ''): Row => ({ slots, aligned, draw: (y) => [{ kind: 'text', x: 100, y, text: label, style: 'regular', size: 12 }] });
  const frame = { firstPageStart: 0, lastSlot: PLEADING.lastSlot, baseline: slotBaseline };

  it('puts double-spaced lines on the numbered lines and carries the 29th to page 2', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(2, true, `L${i + 1}`));
    const { pages } = paginate([{ rows }], frame);
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]!).map((t) => t.y)).toEqual(Array.from({ length: 28 }, (_, i) => lineBaseline(i + 1)));
    expect(texts(pages[1]!).map((t) => [t.text, t.y])).toEqual([
      ['L29', lineBaseline(1)],
      ['L30', lineBaseline(2)],
    ]);
  });

  it('aligns a double-spaced row after single-spaced ones to the next numbered line', () => {
    const { placements } = paginate([{ rows: [row(1, false), row(2, true)] }], frame);
    expect(placements.map((p) => p.slot)).toEqual([0, 2]);
  });

  it('moves a keepTogether group whole, and repeats a table header on the next page', () => {
    const filler = Array.from({ length: 27 }, () => row(2));
    const { placements } = paginate([{ rows: filler }, { rows: [row(2), row(2)], keepTogether: true }], frame);
    expect(placements.slice(-2).map((p) => [p.page, p.slot])).toEqual([
      [1, 0],
      [1, 2],
    ]);
    const header = row(2, true, 'HEADER');
    const { pages } = paginate([{ rows: [header, ...Array.from({ length: 30 }, () => row(2, true, 'r'))], repeatOnBreak: [header] }], frame);
    expect(texts(pages[1]!)[0]!.text).toBe('HEADER');
  });

  it('keeps a heading with the line after it', () => {
    const filler = Array.from({ length: 27 }, () => row(2));
    const heading = { ...row(2, true, 'HEADING'), keepWithNext: true };
    const { pages } = paginate([{ rows: filler }, { rows: [heading] }, { rows: [row(2, true, 'body')] }], frame);
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['HEADING', 'body']);
  });
});

describe('blocks and whole documents', () => {
  const ctx = { measure: mono, left: PLEADING.textLeft, right: PLEADING.textRight, size: 12 };

  it('numbers a paragraph at a half-inch indent, its text at one inch, wrapping to the margin', () => {
    const g = blockToGroup({ type: 'numbered', label: '1.', text: 'word '.repeat(40) }, ctx);
    const ops = g.rows.flatMap((r) => r.draw(700));
    expect(texts(ops)[0]).toMatchObject({ text: '1.', x: PLEADING.textLeft + 36 });
    expect(texts(ops)[1]!.x).toBe(PLEADING.textLeft + 72);
    expect(g.rows.length).toBeGreaterThan(2);
    expect(g.rows.every((r) => r.slots === 2)).toBe(true);
  });

  it('single-spaces a quotation and a table keeps its header bold', () => {
    const q = blockToGroup({ type: 'quote', text: 'quoted '.repeat(30), cite: '(Pen. Code, § 236.14.)' }, ctx);
    expect(q.rows.filter((r) => r.slots === 1).length).toBe(q.rows.length);
    const t = blockToGroup({ type: 'table', columns: [{ header: 'Date', width: 1 }, { header: 'Offense', width: 2 }], rows: [['2012-01-01', 'Petty theft']] }, ctx);
    expect(texts(t.rows[0]!.draw(600)).every((o) => o.style === 'bold')).toBe(true);
    expect(t.repeatOnBreak).toHaveLength(1);
  });

  it('paginates a long document, with a footer and page number on every page', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => ({ type: 'numbered' as const, label: `${i + 1}.`, text: 'text '.repeat(30) }));
    const doc = layoutPleading({ caption, blocks, footerTitle: 'Long Document', confidential: true }, mono);
    expect(doc.pages.length).toBeGreaterThan(3);
    doc.pages.forEach((ops, i) => {
      const t = texts(ops);
      expect(t.some((o) => o.text === 'LONG DOCUMENT' && o.size === 10)).toBe(true);
      expect(t.some((o) => o.text === String(i + 1) && o.y === PLEADING.pageNumberY)).toBe(true);
      // No body text below line 28 or above line 1.
      const body = t.filter((o) => o.x >= PLEADING.textLeft && o.size === 12 && o.text !== 'CONFIDENTIAL' && o.y !== PLEADING.pageNumberY);
      for (const o of body) {
        expect(o.y).toBeGreaterThanOrEqual(lineBaseline(28));
        expect(o.y).toBeLessThanOrEqual(lineBaseline(1));
      }
    });
    // Body text starts below the caption on page 1 and on line 1 of page 2.
    const page2 = texts(doc.pages[1]!).filter((o) => o.x >= PLEADING.textLeft && o.size === 12 && o.text !== 'CONFIDENTIAL' && o.y !== PLEADING.pageNumberY);
    expect(Math.max(...page2.map((o) => o.y))).toBe(lineBaseline(1));
  });
});
