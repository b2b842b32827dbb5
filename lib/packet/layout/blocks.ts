/**
 * The building blocks document templates are written in, and how each becomes rows for the
 * paginator. Body text is double-spaced on the numbered lines (CRC 2.108); quotations and tables
 * are single-spaced (rule 2.108(3) allows single spacing for quotations).
 */
import type { Group, Row } from './paginate';
import type { DrawOp, FontStyle, Measure } from './types';
import { parseMarkup, wrapRuns, type WrappedLine } from './wrap';

export type Block =
  | { type: 'heading'; text: string; align?: 'center' | 'left' }
  | { type: 'paragraph'; text: string; indent?: number; spacing?: 'double' | 'single'; align?: 'left' | 'center' | 'right'; left?: number }
  | { type: 'numbered'; label: string; text: string }
  | { type: 'list'; items: { label: string; text: string }[]; left?: number; spacing?: 'double' | 'single' }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'table'; columns: { header: string; width: number }[]; rows: string[][] }
  | { type: 'signature'; left?: string[]; right: string[] }
  | { type: 'blank'; lines?: number }
  | { type: 'page-break' };

export interface BlockContext {
  measure: Measure;
  left: number;
  right: number;
  size: number;
}

const INDENT = 36;

function drawLine(line: WrappedLine, x: number, y: number, size: number): DrawOp[] {
  return line.segments
    .filter((s) => s.text.trim() !== '' || s.underline)
    .map((s) => ({ kind: 'text' as const, x: x + s.x, y, text: s.text, style: s.style, size, ...(s.underline ? { underline: true } : {}) }));
}

function lineRows(lines: WrappedLine[], xs: (i: number, line: WrappedLine) => number, size: number, slots: number): Row[] {
  return lines.map((line, i) => ({
    slots,
    aligned: slots === 2 || i === 0,
    draw: (y: number) => drawLine(line, xs(i, line), y, size),
  }));
}

/** Keeps a paragraph's first two and last two lines together (no orphan or widow lines). */
function guardOrphans(rows: Row[]): Row[] {
  if (rows.length >= 2) rows[0]!.keepWithNext = true;
  if (rows.length >= 3) rows[rows.length - 2]!.keepWithNext = true;
  return rows;
}

function paragraphRows(text: string, o: BlockContext & { indent: number; spacing: 'double' | 'single'; align: 'left' | 'center' | 'right'; style?: FontStyle }): Row[] {
  const width = o.right - o.left;
  const lines = wrapRuns(parseMarkup(text, o.style), { width, firstWidth: width - o.indent, size: o.size, measure: o.measure });
  const x = (i: number, line: WrappedLine) =>
    o.align === 'center' ? o.left + (width - line.width) / 2 : o.align === 'right' ? o.right - line.width : o.left + (i === 0 ? o.indent : 0);
  return lineRows(lines, x, o.size, o.spacing === 'double' ? 2 : 1);
}

/** Converts one block to a group of rows. */
export function blockToGroup(block: Block, ctx: BlockContext): Group {
  const { measure, size } = ctx;
  switch (block.type) {
    case 'heading': {
      const rows = paragraphRows(block.text, { ...ctx, indent: 0, spacing: 'double', align: block.align ?? 'center', style: 'bold' });
      rows.forEach((r) => (r.keepWithNext = true));
      return { rows };
    }
    case 'paragraph': {
      const left = ctx.left + (block.left ?? 0);
      const rows = paragraphRows(block.text, {
        ...ctx,
        left,
        indent: block.indent ?? (block.align && block.align !== 'left' ? 0 : INDENT),
        spacing: block.spacing ?? 'double',
        align: block.align ?? 'left',
      });
      if (block.spacing === 'single') rows.push({ slots: 1, aligned: false, draw: () => [] });
      return { rows: guardOrphans(rows) };
    }
    case 'numbered': {
      // "1." at a half-inch indent; text begins at one inch and wraps to the margin.
      const width = ctx.right - ctx.left;
      const lines = wrapRuns(parseMarkup(block.text), { width, firstWidth: width - 2 * INDENT, size, measure });
      const rows = lineRows(lines, (i) => ctx.left + (i === 0 ? 2 * INDENT : 0), size, 2);
      const label = block.label;
      const first = rows[0]!;
      const drawFirst = first.draw;
      first.draw = (y) => [{ kind: 'text', x: ctx.left + INDENT, y, text: label, style: 'regular', size }, ...drawFirst(y)];
      return { rows: guardOrphans(rows) };
    }
    case 'list': {
      // Hanging indent: "(1)" at the left (+ offset), text one half inch further, every line.
      const left = ctx.left + (block.left ?? INDENT);
      const slots = block.spacing === 'single' ? 1 : 2;
      const rows: Row[] = [];
      for (const item of block.items) {
        const lines = wrapRuns(parseMarkup(item.text), { width: ctx.right - left - INDENT, size, measure });
        const itemRows = lineRows(lines, () => left + INDENT, size, slots);
        itemRows[0]!.aligned = true;
        const d = itemRows[0]!.draw;
        itemRows[0]!.draw = (y) => [{ kind: 'text', x: left, y, text: item.label, style: 'regular', size }, ...d(y)];
        if (slots === 1) itemRows.push({ slots: 1, aligned: false, draw: () => [] });
        rows.push(...guardOrphans(itemRows));
      }
      return { rows };
    }
    case 'quote': {
      const left = ctx.left + INDENT;
      const right = ctx.right - INDENT;
      const lines = wrapRuns(parseMarkup(block.text), { width: right - left, size, measure });
      const rows = lineRows(lines, () => left, size, 1);
      if (block.cite) {
        const citeLines = wrapRuns(parseMarkup(block.cite), { width: right - left, size, measure });
        rows.push(...lineRows(citeLines, (_, l) => right - l.width, size, 1).map((r) => ({ ...r, aligned: false })));
      }
      // guardOrphans keeps the last quoted line with the citation, so a citation never stands alone.
      guardOrphans(rows);
      rows.push({ slots: 1, aligned: false, draw: () => [] });
      return { rows };
    }
    case 'table':
      return tableGroup(block, ctx);
    case 'signature': {
      // Two columns: date / place on the left, signature on the right half. Kept on one page.
      const mid = (ctx.left + ctx.right) / 2;
      const left = block.left ?? [];
      const right = block.right;
      const n = Math.max(left.length, right.length);
      const rows: Row[] = [];
      for (let i = 0; i < n; i++) {
        const l = left[i];
        const r = right[i];
        rows.push({
          slots: 2,
          aligned: true,
          draw: (y) => {
            const ops: DrawOp[] = [];
            if (l) for (const line of wrapRuns(parseMarkup(l), { width: mid - ctx.left - 12, size, measure }).slice(0, 1)) ops.push(...drawLine(line, ctx.left, y, size));
            if (r) for (const line of wrapRuns(parseMarkup(r), { width: ctx.right - mid, size, measure }).slice(0, 1)) ops.push(...drawLine(line, mid, y, size));
            return ops;
          },
        });
      }
      return { rows, keepTogether: true };
    }
    case 'blank':
      return { rows: Array.from({ length: block.lines ?? 1 }, () => ({ slots: 2, aligned: true, draw: () => [] })) };
    case 'page-break':
      return { rows: [], pageBreakBefore: true };
  }
}

function tableGroup(block: Extract<Block, { type: 'table' }>, ctx: BlockContext): Group {
  const { measure, size } = ctx;
  const total = ctx.right - ctx.left;
  const sum = block.columns.reduce((a, c) => a + c.width, 0);
  const gutter = 6;
  const xs: number[] = [];
  let acc = ctx.left;
  const widths = block.columns.map((c) => {
    xs.push(acc);
    const w = (c.width / sum) * total;
    acc += w;
    return w - gutter;
  });
  const rowFor = (cells: string[], style: FontStyle, rule: boolean): Row => {
    const wrapped = cells.map((cell, i) => wrapRuns(parseMarkup(cell, style), { width: widths[i] ?? 40, size, measure }));
    const nLines = Math.max(1, ...wrapped.map((w) => w.length));
    return {
      // One line of space after each row; rows start on numbered lines.
      slots: nLines % 2 === 0 ? nLines + 2 : nLines + 1,
      ink: nLines,
      aligned: true,
      draw: (y) => {
        const ops: DrawOp[] = [];
        wrapped.forEach((lines, c) => lines.forEach((line, li) => ops.push(...drawLine(line, xs[c]!, y - li * 12, size))));
        if (rule) ops.push({ kind: 'line', x1: ctx.left, y1: y - (nLines - 1) * 12 - 4, x2: ctx.right, y2: y - (nLines - 1) * 12 - 4, width: 0.5 });
        return ops;
      },
    };
  };
  const header = rowFor(
    block.columns.map((c) => c.header),
    'bold',
    true,
  );
  header.keepWithNext = true;
  const rows = [header, ...block.rows.map((r) => rowFor(r, 'regular', false))];
  return { rows, repeatOnBreak: [{ ...header, keepWithNext: false }] };
}
