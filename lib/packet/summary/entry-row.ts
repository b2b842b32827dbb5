/** One entry of the record as a table row: the seven cells, then its detail lines (why, remedies, relief, questions). */
import type { Row } from '../layout/paginate';
import type { DrawOp, Run } from '../layout/types';
import type { SummaryEntry } from '@/lib/summary/record-summary';
import { COL_X, COLUMNS, DETAIL, DETAIL_X, G, GUTTER, MAX_LINES, TEXT } from './geometry';
import { linesOps, plain, row, rule, wrap, type Ctx } from './rows';

const KIND_LABEL = { arrest: 'Arrest', conviction: 'Conviction', adjudication: 'Adjudication' } as const;

/** The entry table's column headings, with a rule under them. */
export function tableHeader(): Row {
  return row(
    13,
    (top) => [
      ...COLUMNS.map((c, i) => ({ kind: 'text' as const, x: COL_X[i]!, y: top - 9, text: c.header, style: 'bold' as const, size: 7.5 })),
      rule(top - 12.5, 0.6),
    ],
    true,
  );
}

function remediesText(e: SummaryEntry): string {
  const sure = e.remedies.filter((r) => r.fit === 'candidate').map((r) => r.id);
  const maybe = e.remedies.filter((r) => r.fit === 'maybe').map((r) => r.id);
  return [sure.join(', '), maybe.length ? `maybe ${maybe.join(', ')}` : ''].filter(Boolean).join('; ');
}

export function entryRow(e: SummaryEntry, ctx: Ctx): Row {
  const dispo = [e.disposition, e.sentence ? `Sentence: ${e.sentence}` : ''].filter(Boolean).join('\n');
  const cells: Run[][] = [
    plain(e.date || '(no date)'),
    plain(KIND_LABEL[e.kind]),
    plain(e.offense || '(no section)'),
    plain(e.level || '–'),
    plain(e.description || '–'),
    plain(dispo || '–'),
    plain(e.verdict.toUpperCase(), 'bold'),
  ];
  const wrapped = cells.map((runs, i) => wrap(ctx, runs, COLUMNS[i]!.width - GUTTER, TEXT.size));
  const mainLines = Math.max(...wrapped.map((w) => w.length));

  const details: Run[][] = [];
  // Every reason and warning, not only the first: a review often has more than one.
  e.reasons.forEach((r, i) => details.push([{ text: i === 0 ? 'Why: ' : 'Also: ', style: 'bold' }, { text: `${r.text}${r.cite ? ` [${r.cite}]` : ''}`, style: 'regular' }]));
  const rem = remediesText(e);
  if (rem) details.push([{ text: 'Remedies that fit: ', style: 'bold' }, { text: rem, style: 'regular' }]);
  for (const r of e.priorRelief) {
    const what = [r.label, r.cite ? `(${r.cite})` : '', r.date ? `on ${r.date}` : ''].filter(Boolean).join(' ');
    details.push([{ text: 'Prior relief: ', style: 'bold' }, { text: what, style: 'regular' }]);
  }
  for (const d of e.dismissals) {
    const what = [d.label, d.cite ? `(${d.cite})` : '', d.date ? `on ${d.date}` : ''].filter(Boolean).join(' ');
    details.push([{ text: 'Dismissal: ', style: 'bold' }, { text: `${what}. ${d.note.text} [${d.note.cite}]`, style: 'regular' }]);
  }
  for (const q of e.questions) details.push([{ text: 'Open question: ', style: 'bold' }, { text: `${q.text}${q.cite ? ` [${q.cite}]` : ''}`, style: 'regular' }]);
  const detailLines = details.flatMap((runs) => wrap(ctx, runs, G.right - DETAIL_X, DETAIL.size)).slice(0, MAX_LINES);

  const padTop = 3;
  const mainH = mainLines * TEXT.leading;
  const detailH = detailLines.length * DETAIL.leading + (detailLines.length ? 1.5 : 0);
  const height = padTop + mainH + detailH + 3.5;
  return row(height, (top) => {
    const ops: DrawOp[] = [];
    wrapped.forEach((lines, i) => ops.push(...linesOps(lines, COL_X[i]!, top - padTop, TEXT.size, TEXT.leading)));
    ops.push(...linesOps(detailLines, DETAIL_X, top - padTop - mainH - 1.5, DETAIL.size, DETAIL.leading));
    ops.push(rule(top - height + 0.5, 0.25));
    return ops;
  });
}
