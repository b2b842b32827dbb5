/**
 * California pleading paper (Cal. Rules of Court, rules 2.100-2.119), as pure draw operations.
 *
 * Geometry (verified with pdftotext -layout and pdftoppm, shared/reference/toolchain.md):
 * US letter 612 x 792 pt (rule 2.103); 28 numbered lines 24 pt apart, line n's baseline at
 * 708 - 24(n-1) (rule 2.108: double-spaced, numbered consecutively from 1 on each page, at least
 * three numbers per vertical inch); numbers right-aligned at x = 78, a double rule at x = 86/89
 * left of the text, a single rule at x = 540 on the right. Text runs from x = 100 (1.39 in; rule
 * 2.107 asks for at least 1 in) to x = 532 (1.11 in from the right edge; at least 1/2 in).
 * Text is 12 pt (rule 2.104: not smaller than 12 points) in a Times-equivalent serif (rule 2.105).
 * Below line 28: the page number, then a rule and the paper's title in 10 pt (rule 2.110:
 * "below the page number and divided from the rest of the document page by a printed line").
 */
import type { Paginated } from './layout/paginate';
import { wrapRuns, parseMarkup } from './layout/wrap';
import type { DrawOp, Measure } from './layout/types';

export const PLEADING = {
  width: 612,
  height: 792,
  lines: 28,
  lineHeight: 24,
  firstBaseline: 708,
  numberRight: 78,
  ruleLeft: [86, 89] as const,
  ruleRight: 540,
  textLeft: 100,
  textRight: 532,
  fontSize: 12,
  footerSize: 10,
  pageNumberY: 42,
  footerRuleY: 35,
  footerTextY: 24,
  /** "CONFIDENTIAL" sits in the top margin, clear of the clerk's space (lines 1-7 right of centre). */
  markY: 748,
  /** Slots are half lines: slot s has its baseline at 708 - 12s; slot 54 is line 28. */
  lastSlot: 54,
} as const;

export const TEXT_WIDTH = PLEADING.textRight - PLEADING.textLeft;
export const CENTER_X = (PLEADING.textLeft + PLEADING.textRight) / 2;

/** Baseline of numbered line n (1-28). */
export function lineBaseline(n: number): number {
  return PLEADING.firstBaseline - (n - 1) * PLEADING.lineHeight;
}

/** Baseline of half-line slot s (slot 2(n-1) is line n). */
export function slotBaseline(s: number): number {
  return PLEADING.firstBaseline - s * (PLEADING.lineHeight / 2);
}

export interface FrameOptions {
  page: number; // 1-based
  /** Footer title (rule 2.110); omitted on exhibit pages. */
  footerTitle?: string;
  confidential: boolean;
  measure: Measure;
}

/** The printed paper of one page: rules, line numbers, page number, footer, confidential mark. */
export function pleadingFrame(o: FrameOptions): DrawOp[] {
  const ops: DrawOp[] = [];
  const top = PLEADING.height;
  for (const x of PLEADING.ruleLeft) ops.push({ kind: 'line', x1: x, y1: 0, x2: x, y2: top, width: 0.75 });
  ops.push({ kind: 'line', x1: PLEADING.ruleRight, y1: 0, x2: PLEADING.ruleRight, y2: top, width: 0.5 });
  for (let n = 1; n <= PLEADING.lines; n++) {
    const t = String(n);
    const w = o.measure(t, 'regular', PLEADING.fontSize);
    ops.push({ kind: 'text', x: PLEADING.numberRight - w, y: lineBaseline(n), text: t, style: 'regular', size: PLEADING.fontSize });
  }
  const num = String(o.page);
  ops.push({ kind: 'text', x: CENTER_X - o.measure(num, 'regular', 12) / 2, y: PLEADING.pageNumberY, text: num, style: 'regular', size: 12 });
  if (o.footerTitle !== undefined) {
    ops.push({ kind: 'line', x1: PLEADING.textLeft, y1: PLEADING.footerRuleY, x2: PLEADING.textRight, y2: PLEADING.footerRuleY, width: 0.75 });
    let title = o.footerTitle.toUpperCase();
    while (title.length > 8 && o.measure(title, 'regular', PLEADING.footerSize) > TEXT_WIDTH) title = title.slice(0, -2).trimEnd() + '…';
    const w = o.measure(title, 'regular', PLEADING.footerSize);
    ops.push({ kind: 'text', x: CENTER_X - w / 2, y: PLEADING.footerTextY, text: title, style: 'regular', size: PLEADING.footerSize });
  }
  if (o.confidential) {
    const mark = 'CONFIDENTIAL';
    const w = o.measure(mark, 'bold', 12);
    ops.push({ kind: 'text', x: CENTER_X - w / 2, y: PLEADING.markY, text: mark, style: 'bold', size: 12 });
  }
  return ops;
}

/** The first page's heading (rule 2.111) and caption. */
export interface Caption {
  /** From line 1, top left: name and State Bar number, firm, address, phone, e-mail, party represented. */
  counsel: string[];
  /** At line 8, centred. */
  court: string[];
  /** Left side of the caption: the case title. */
  parties: string[];
  /** Right side: case number(s). */
  caseNumbers: string[];
  /** Right side, below the number: the nature of the paper, in bold. */
  title: string;
  /** Right side, below the title (statute, hearing date / time / department). */
  details: string[];
}

const CAPTION_SPLIT = 318;

/**
 * Draws the heading and caption; returns the ops and the first slot free for body text.
 * Counsel lines are single-spaced from line 1 and must end by line 7 (14 slots); the court title
 * sits on line 8 (slot 14), as rule 2.111 places it.
 */
export function captionOps(c: Caption, measure: Measure): { ops: DrawOp[]; nextSlot: number } {
  const ops: DrawOp[] = [];
  const size = PLEADING.fontSize;
  const text = (x: number, slot: number, t: string, style: 'regular' | 'bold' = 'regular') =>
    ops.push({ kind: 'text', x, y: slotBaseline(slot), text: t, style, size });
  c.counsel.slice(0, 14).forEach((t, i) => text(PLEADING.textLeft, i, t));
  c.court.forEach((t, i) => text(CENTER_X - measure(t, 'bold', size) / 2, 14 + 2 * i, t, 'bold'));
  const start = 14 + 2 * c.court.length + 1;

  // Left: parties, wrapped to the left box.
  const leftWidth = CAPTION_SPLIT - PLEADING.textLeft - 8;
  let left = start;
  for (const p of c.parties) {
    const indent = /^\s/.test(p) ? 72 : 0;
    for (const line of wrapRuns(parseMarkup(p.trim()), { width: leftWidth - indent, size, measure })) {
      for (const seg of line.segments) text(PLEADING.textLeft + indent + seg.x, left, seg.text, seg.style);
      left++;
    }
  }
  // Right: case number, title, details.
  const rx = CAPTION_SPLIT + 10;
  const rightWidth = PLEADING.textRight - rx;
  let right = start;
  for (const n of c.caseNumbers) {
    for (const line of wrapRuns(parseMarkup(n), { width: rightWidth, size, measure })) {
      for (const seg of line.segments) text(rx + seg.x, right, seg.text, seg.style);
      right++;
    }
  }
  right++;
  for (const line of wrapRuns(parseMarkup(c.title, 'bold'), { width: rightWidth, size, measure })) {
    for (const seg of line.segments) text(rx + seg.x, right, seg.text, seg.style);
    right++;
  }
  right++;
  for (const d of c.details) {
    for (const line of wrapRuns(parseMarkup(d), { width: rightWidth, size, measure })) {
      for (const seg of line.segments) text(rx + seg.x, right, seg.text, seg.style);
      right++;
    }
  }
  const bottom = Math.max(left, right);
  // The box: a vertical rule between the sides and a rule under the case title (the classic ")" column).
  const yTop = slotBaseline(start) + 10;
  const yBottom = slotBaseline(bottom - 1) - 6;
  ops.push({ kind: 'line', x1: CAPTION_SPLIT, y1: yTop, x2: CAPTION_SPLIT, y2: yBottom, width: 0.75 });
  ops.push({ kind: 'line', x1: PLEADING.textLeft, y1: yBottom, x2: CAPTION_SPLIT, y2: yBottom, width: 0.75 });
  // One blank numbered line between the caption and the body.
  let next = bottom + 2;
  if (next % 2 === 1) next++;
  return { ops, nextSlot: next };
}

/** Adds the paper (frame) to each laid-out page. */
export function framePages(
  laid: Paginated,
  o: { footerTitle: string; confidential: boolean; measure: Measure; firstPageOps?: DrawOp[] },
): DrawOp[][] {
  // Body first, paper last, so text extraction and screen readers meet the words before the line numbers.
  return laid.pages.map((ops, i) => [
    ...(i === 0 && o.firstPageOps ? o.firstPageOps : []),
    ...ops,
    ...pleadingFrame({ page: i + 1, footerTitle: o.footerTitle, confidential: o.confidential, measure: o.measure }),
  ]);
}
