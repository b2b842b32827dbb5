/**
 * Page geometry and type sizes of the record summary, in points (US letter, 612 x 792), and the
 * columns of the entry table.
 */

/** Page geometry in points (US letter, 612 x 792). */
export const G = {
  left: 40,
  right: 572,
  /** Top of the text area; the running header sits above it on pages 2 and later. */
  top: 744,
  /** Bottom of the text area; the footer sits below it. */
  bottom: 62,
  headerY: 760,
  footerRuleY: 52,
  footer1Y: 41,
  footer2Y: 30,
} as const;
export const WIDTH = G.right - G.left;

/** Entry table columns, widths in points (sum = WIDTH). */
export const COLUMNS = [
  { header: 'Date', width: 52 },
  { header: 'Event', width: 54 },
  { header: 'Offense', width: 66 },
  { header: 'Lvl', width: 20 },
  { header: 'Description', width: 118 },
  { header: 'Disposition / sentence', width: 160 },
  { header: 'Verdict', width: 62 },
] as const;
export const GUTTER = 5;

/** Left edge of each column. */
export function offsets(columns: readonly { width: number }[]): number[] {
  let x: number = G.left;
  return columns.map((c) => {
    const at = x;
    x += c.width;
    return at;
  });
}
export const COL_X: number[] = offsets(COLUMNS);
/** Detail lines (why, remedies, relief, questions) start under the Event column, clear of the date. */
export const DETAIL_X = COL_X[1]!;

export const TEXT = { size: 8.5, leading: 10.2 };
export const DETAIL = { size: 8, leading: 9.6 };
/** A cell or detail list longer than this is cut with an ellipsis, so no row outgrows a page. */
export const MAX_LINES = 30;
