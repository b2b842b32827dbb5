// @vitest-environment node
/**
 * A group's repeated rows (a table's header) head its continuation pages only. A table whose
 * header and first row do not fit at the foot of a page moves to the next page with its header
 * printed once, not once repeated and once as its own first row.
 */
import { describe, expect, it } from 'vitest';
import { blockToGroup } from '@/lib/packet/layout/blocks';
import { paginate, type Row } from '@/lib/packet/layout/paginate';
import type { DrawOp, Measure, TextOp } from '@/lib/packet/layout/types';
import { PLEADING, slotBaseline } from '@/lib/packet/pleading-page';

const mono: Measure = (text, _style, size) => [...text].length * size * 0.5;
const texts = (ops: DrawOp[]) => ops.filter((o): o is TextOp => o.kind === 'text').map((o) => o.text);
const row = (label: string, extra: Partial<Row> = {}): Row => ({ slots: 2, aligned: true, draw: (y) => [{ kind: 'text', x: 100, y, text: label, style: 'regular', size: 12 }], ...extra });
const frame = { firstPageStart: 0, lastSlot: PLEADING.lastSlot, baseline: slotBaseline };
/** 27 double-spaced lines: one numbered line is left on page 1. */
const filler = () => ({ rows: Array.from({ length: 27 }, () => row('filler')) });

describe('paginate: rows repeated on a break', () => {
  it('does not repeat a table header above the table when the whole table starts on a new page', () => {
    const header = row('HEADER', { keepWithNext: true });
    const table = { rows: [header, row('r1'), row('r2')], repeatOnBreak: [row('HEADER')] };
    const { pages } = paginate([filler(), table], frame);
    expect(pages).toHaveLength(2);
    expect(texts(pages[1]!)).toEqual(['HEADER', 'r1', 'r2']);
  });

  it('still repeats the header on a page the table continues onto', () => {
    const table = { rows: [row('HEADER', { keepWithNext: true }), ...Array.from({ length: 30 }, (_, i) => row(`r${i + 1}`))], repeatOnBreak: [row('HEADER')] };
    const { pages } = paginate([table], frame);
    expect(texts(pages[1]!).slice(0, 2)).toEqual(['HEADER', 'r28']);
    expect(texts(pages[1]!).filter((t) => t === 'HEADER')).toHaveLength(1);
  });

  it('prints a pleading table header once when the table moves to the next page', () => {
    const ctx = { measure: mono, left: PLEADING.textLeft, right: PLEADING.textRight, size: 12 };
    const table = blockToGroup({ type: 'table', columns: [{ header: 'Date', width: 1 }, { header: 'Offense', width: 2 }], rows: [['2012-01-01', 'Petty theft']] }, ctx);
    const { pages } = paginate([filler(), table], frame);
    expect(texts(pages[1]!)).toEqual(['Date', 'Offense', '2012-01-01', 'Petty theft']);
  });

  it('places headIfStartsPage above a group whose first row begins a page, and only then', () => {
    const part = (label: string) => ({ rows: [row(label)], headIfStartsPage: [row('CONTINUED')] });
    const moved = paginate([filler(), { rows: [row('last on page 1')] }, part('part 2')], frame);
    expect(texts(moved.pages[1]!)).toEqual(['CONTINUED', 'part 2']);
    const fits = paginate([{ rows: [row('a')] }, part('part 2')], frame);
    expect(texts(fits.pages[0]!)).toEqual(['a', 'part 2']);
  });
});
