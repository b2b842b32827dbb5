/** Page 1's header block: the title, the client's details, the verdict counts and what they mean. */
import type { Row } from '../layout/paginate';
import type { DrawOp } from '../layout/types';
import type { WrappedLine } from '../layout/wrap';
import type { RecordSummary } from '@/lib/summary/record-summary';
import { G, WIDTH } from './geometry';
import { linesOps, paragraph, plain, row, rule, wrap, type Ctx } from './rows';
import { SUMMARY_TITLE } from './titles';

export function headerRows(s: RecordSummary, ctx: Ctx): Row[] {
  const rows: Row[] = [];
  rows.push(
    row(30, (top) => [
      { kind: 'text', x: G.left, y: top - 15, text: SUMMARY_TITLE, style: 'bold', size: 16 },
      rule(top - 25, 1),
    ]),
  );
  // Client details in two columns of label / value pairs.
  const half = WIDTH / 2;
  const labelW = 92;
  const col = (pairs: [string, string][], x: number) => {
    const out: { label: string; lines: WrappedLine[] }[] = pairs.map(([label, value]) => ({ label, lines: wrap(ctx, plain(value || '(not entered)'), half - labelW - 10, 9.5) }));
    const height = out.reduce((a, p) => a + p.lines.length * 12 + 2, 0);
    const draw = (top: number) => {
      const ops: DrawOp[] = [];
      let y = top;
      for (const p of out) {
        ops.push({ kind: 'text', x, y: y - 8, text: p.label, style: 'bold', size: 9 });
        ops.push(...linesOps(p.lines, x + labelW, y, 9.5, 12));
        y -= p.lines.length * 12 + 2;
      }
      return ops;
    };
    return { height, draw };
  };
  const periods = s.traffickingPeriods.map((p) => `${p.from} to ${p.to}`).join('; ');
  const leftCol = col(
    [
      ['Client', s.client.name],
      ['Date of birth', s.client.dob],
      ['CII number', s.client.cii],
    ],
    G.left,
  );
  const rightCol = col(
    [
      ['Also known as', s.client.aliases.join('; ') || 'none on record'],
      ['Trafficking periods', periods || 'no period entered'],
      ['Screened as of', s.asOf],
    ],
    G.left + half,
  );
  rows.push(row(Math.max(leftCol.height, rightCol.height) + 6, (top) => [...leftCol.draw(top), ...rightCol.draw(top)]));

  // Verdict counts: one figure per box, then what the words mean.
  const c = s.counts;
  const boxes: [string, number][] = [
    ['Entries', c.total],
    ['Candidate', c.candidate],
    ['Review', c.review],
    ['Ineligible', c.ineligible],
    ['Prior relief', s.priorRelief.length],
    ['Open questions', s.openQuestions.length],
  ];
  const boxW = WIDTH / boxes.length;
  rows.push(
    row(40, (top) => {
      const ops: DrawOp[] = [rule(top - 2, 0.6), rule(top - 36, 0.6)];
      boxes.forEach(([label, n], i) => {
        const x = G.left + i * boxW;
        if (i > 0) ops.push({ kind: 'line', x1: x, y1: top - 2, x2: x, y2: top - 36, width: 0.4 });
        const num = String(n);
        ops.push({ kind: 'text', x: x + (boxW - ctx.measure(num, 'bold', 15)) / 2, y: top - 18, text: num, style: 'bold', size: 15 });
        ops.push({ kind: 'text', x: x + (boxW - ctx.measure(label, 'regular', 8)) / 2, y: top - 30, text: label, style: 'regular', size: 8 });
      });
      return ops;
    }),
  );
  rows.push(
    paragraph(
      ctx,
      plain(
        'CANDIDATE means attorney review is suggested, never "eligible". REVIEW means a question listed under the entry (and at the end) must be answered first. INELIGIBLE means screening found a bar to vacatur under Penal Code § 236.14; the reason is given under the entry.',
      ),
      { size: 8, leading: 9.6, padTop: 4, padBottom: 4 },
    ),
  );
  return rows;
}
