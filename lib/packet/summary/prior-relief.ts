/** "Prior relief on the record": a table of the relief read from the entries' dispositions and notes. */
import type { Group, Row } from '../layout/paginate';
import type { DrawOp, Run } from '../layout/types';
import type { RecordSummary } from '@/lib/summary/record-summary';
import { countyName } from './county-tables';
import { GUTTER, offsets, TEXT } from './geometry';
import { combine, linesOps, paragraph, plain, row, rule, sectionHeading, wrap, type Ctx } from './rows';

const RELIEF_COLUMNS = [
  { header: 'Date', width: 58 },
  { header: 'Relief on the record', width: 150 },
  { header: 'Citation', width: 96 },
  { header: 'Entry', width: 228 },
] as const;
const RELIEF_X: number[] = offsets(RELIEF_COLUMNS);

function gridRow(ctx: Ctx, cells: Run[][], widths: readonly { width: number }[], xs: number[], headerRow: boolean): Row {
  const size = headerRow ? 7.5 : TEXT.size;
  const wrapped = cells.map((runs, i) => wrap(ctx, runs, widths[i]!.width - GUTTER, size));
  const n = Math.max(...wrapped.map((w) => w.length));
  const height = headerRow ? 13 : 3 + n * TEXT.leading + 3.5;
  return row(
    height,
    (top) => {
      const ops: DrawOp[] = [];
      wrapped.forEach((lines, i) => ops.push(...linesOps(lines, xs[i]!, top - (headerRow ? 2 : 3), size, TEXT.leading)));
      ops.push(rule(top - height + 0.5, headerRow ? 0.6 : 0.25));
      return ops;
    },
    headerRow,
  );
}

export function reliefGroups(s: RecordSummary, ctx: Ctx): Group[] {
  const heading = sectionHeading('Prior relief on the record');
  if (s.priorRelief.length === 0) {
    return [{ rows: [combine([heading, paragraph(ctx, plain('None found in the dispositions and notes of the entries.'), { size: 9, leading: 11, padTop: 6 })])] }];
  }
  const intro = paragraph(
    ctx,
    plain('Relief read from the disposition and notes text of each entry. Set-asides, automatic relief, sealing and dismissals do not bar vacatur, which goes further: the arrest and any conviction are deemed not to have occurred and the records are sealed and destroyed [Pen. Code § 236.14(t)(2)].'),
    { size: 8, leading: 9.6, padTop: 5, padBottom: 4 },
  );
  const header = () => gridRow(ctx, RELIEF_COLUMNS.map((c) => plain(c.header, 'bold')), RELIEF_COLUMNS, RELIEF_X, true);
  const rows = s.priorRelief.map((r) =>
    gridRow(
      ctx,
      [
        plain(r.date || '(no date)'),
        plain(r.label),
        plain(r.cite || '–'),
        plain([countyName(r.county), r.caseNumber ? `case ${r.caseNumber}` : '', [r.entryDate, r.offense].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
      ],
      RELIEF_COLUMNS,
      RELIEF_X,
      false,
    ),
  );
  const continued = combine([paragraph(ctx, plain('Prior relief on the record (continued)', 'bold'), { size: 9, leading: 11, padTop: 2 }), header()]);
  return [{ rows: [combine([heading, intro, header(), rows[0]!]), ...rows.slice(1)], repeatOnBreak: [continued] }];
}
