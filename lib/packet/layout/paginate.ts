import type { DrawOp } from './types';

/**
 * Vertical positions are counted in slots of half a pleading line (12 pt). A double-spaced line
 * takes two slots and starts on an even slot, so its baseline sits on a numbered line (CRC 2.108);
 * single-spaced material (quotations, tables, signature captions) may use the slot between.
 */
export interface Row {
  /** Height in slots. */
  slots: number;
  /** Must start on a numbered line (an even slot). */
  aligned: boolean;
  /** Draw operations for this row with its first baseline at `y`. */
  draw(y: number): DrawOp[];
  /** Slots that carry text, from the first (default: 1 for a double-spaced line, else `slots`); the rest is spacing that may fall off the page. */
  ink?: number;
  /** Do not end a page after this row (headings, the first line of a paragraph). */
  keepWithNext?: boolean;
}

export interface Group {
  rows: Row[];
  /** Move the whole group to the next page rather than split it (signature blocks, table rows). */
  keepTogether?: boolean;
  /** Rows repeated at the top of each continuation page (a table's header); not above the group's first row. */
  repeatOnBreak?: Row[];
  /**
   * Rows placed above the group's first row when that row begins a new page: the group carries on
   * a table that earlier groups began (a record summary's case inside its county's table).
   */
  headIfStartsPage?: Row[];
  /** Start this group on a new page. */
  pageBreakBefore?: boolean;
}

export interface PageFrame {
  /** First slot usable for text on page 1 (after the caption) and on later pages. */
  firstPageStart: number;
  /** Last usable slot (inclusive). */
  lastSlot: number;
  baseline(slot: number): number;
}

export interface Placement {
  page: number;
  slot: number;
  group: number;
}

export interface Paginated {
  pages: DrawOp[][];
  /** Where each row landed, in order (layout tests read this). */
  placements: Placement[];
}

/**
 * Places rows on pages. Greedy, with three rules: aligned rows start on a numbered line,
 * a keepWithNext row moves to the next page with its successor, and a keepTogether group that
 * would not fit moves whole (unless it is taller than a page, when it splits).
 */
export function paginate(groups: Group[], frame: PageFrame): Paginated {
  const pages: DrawOp[][] = [[]];
  const placements: Placement[] = [];
  let page = 0;
  let slot = frame.firstPageStart;
  const capacity = frame.lastSlot + 1;
  const startOf = (s: number, row: Row) => (row.aligned && s % 2 === 1 ? s + 1 : s);
  const inkOf = (r: Row) => r.ink ?? (r.aligned && r.slots === 2 ? 1 : r.slots);
  const fits = (s: number, rows: Row[]) => {
    let cur = s;
    for (const r of rows) {
      const start = startOf(cur, r);
      if (start + inkOf(r) - 1 > frame.lastSlot) return false;
      cur = start + r.slots;
    }
    return true;
  };
  const height = (rows: Row[]) => {
    let cur = 0;
    for (const r of rows) cur = startOf(cur, r) + r.slots;
    return cur;
  };
  let repeat: Row[] | undefined;
  const newPage = (gi: number) => {
    pages.push([]);
    page++;
    slot = 0;
    if (repeat) for (const r of repeat) place(r, gi);
  };
  const place = (row: Row, gi: number) => {
    const s = startOf(slot, row);
    pages[page]!.push(...row.draw(frame.baseline(s)));
    placements.push({ page, slot: s, group: gi });
    slot = s + row.slots;
  };

  groups.forEach((group, gi) => {
    repeat = group.headIfStartsPage;
    const atTop = slot === 0 || (page === 0 && slot === frame.firstPageStart);
    if (group.pageBreakBefore && !atTop) newPage(gi);
    if (group.keepTogether && !fits(slot, group.rows) && height(group.rows) <= capacity && !atTop) newPage(gi);
    group.rows.forEach((row, ri) => {
      // Continuation pages repeat the header; the page the group starts on has its own first row
      // (a table's header row), so repeating there would print the header twice.
      repeat = ri === 0 ? group.headIfStartsPage : group.repeatOnBreak;
      // A keepWithNext chain (heading + first line) must fit together, within reason.
      const chain: Row[] = [row];
      for (let k = ri; group.rows[k]?.keepWithNext && group.rows[k + 1] && chain.length < 4; k++) chain.push(group.rows[k + 1]!);
      const next = groups[gi + 1]?.rows[0];
      if (ri === group.rows.length - 1 && row.keepWithNext && next) chain.push(next);
      const onTop = slot === 0 && page > 0;
      if (!fits(slot, chain) && !onTop && fits(0, chain)) newPage(gi);
      else if (!fits(slot, [row])) newPage(gi);
      place(row, gi);
    });
  });
  return { pages, placements };
}
