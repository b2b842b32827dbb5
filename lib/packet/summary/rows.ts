/**
 * Row builders for the summary. Here a paginator "slot" is one point, so a row can be any
 * height; `draw` gets the row's top edge and returns its draw operations.
 */
import type { Row } from '../layout/paginate';
import type { DrawOp, FontStyle, Measure, Run } from '../layout/types';
import { wrapRuns, type WrappedLine } from '../layout/wrap';
import { G, MAX_LINES } from './geometry';

export interface Ctx {
  measure: Measure;
}

/** Wraps runs to `width`, cutting after MAX_LINES lines with an ellipsis. */
export function wrap(ctx: Ctx, runs: Run[], width: number, size: number): WrappedLine[] {
  const lines = wrapRuns(runs, { width, size, measure: ctx.measure });
  if (lines.length <= MAX_LINES) return lines;
  const cut = lines.slice(0, MAX_LINES);
  const last = cut[MAX_LINES - 1]!;
  last.segments.push({ text: ' …', style: 'regular', x: last.width, width: ctx.measure(' …', 'regular', size) });
  return cut;
}

export function plain(text: string, style: FontStyle = 'regular'): Run[] {
  return [{ text, style }];
}

function lineOps(line: WrappedLine, x: number, y: number, size: number): DrawOp[] {
  return line.segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => ({ kind: 'text' as const, x: x + s.x, y, text: s.text, style: s.style, size }));
}

/** Ops for wrapped lines whose first line's top is at `top`. */
export function linesOps(lines: WrappedLine[], x: number, top: number, size: number, leading: number): DrawOp[] {
  const ops: DrawOp[] = [];
  lines.forEach((l, i) => ops.push(...lineOps(l, x, top - size * 0.82 - i * leading, size)));
  return ops;
}

export function rule(y: number, width = 0.4, x1: number = G.left, x2: number = G.right): DrawOp {
  return { kind: 'line', x1, y1: y, x2, y2: y, width };
}

/** A row of `height` points; `draw` gets the row's top edge. */
export function row(height: number, draw: (top: number) => DrawOp[], keepWithNext = false): Row {
  const slots = Math.ceil(height);
  return { slots, ink: slots, aligned: false, draw, ...(keepWithNext ? { keepWithNext } : {}) };
}

/** Several rows drawn as one (a heading that must stay with the first line under it). */
export function combine(rows: Row[]): Row {
  const slots = rows.reduce((a, r) => a + r.slots, 0);
  return row(slots, (top) => {
    const ops: DrawOp[] = [];
    let y = top;
    for (const r of rows) {
      ops.push(...r.draw(y));
      y -= r.slots;
    }
    return ops;
  });
}

/** A paragraph across the text width (or from `x`). */
export function paragraph(ctx: Ctx, runs: Run[], o: { size: number; leading: number; padTop?: number; padBottom?: number; x?: number; keepWithNext?: boolean }): Row {
  const x = o.x ?? G.left;
  const lines = wrap(ctx, runs, G.right - x, o.size);
  const padTop = o.padTop ?? 0;
  const height = padTop + lines.length * o.leading + (o.padBottom ?? 0);
  return row(height, (top) => linesOps(lines, x, top - padTop, o.size, o.leading), o.keepWithNext);
}

/** A section's heading with a rule under it ("Prior relief on the record"). */
export function sectionHeading(text: string): Row {
  return row(
    30,
    (top) => [
      { kind: 'text', x: G.left, y: top - 22, text, style: 'bold', size: 12.5 },
      rule(top - 27, 1.2),
    ],
    true,
  );
}

