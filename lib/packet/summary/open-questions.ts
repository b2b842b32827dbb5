/** "Open questions": each question screening asked, once, with the entries it concerns. */
import type { Group, Row } from '../layout/paginate';
import { wrapRuns } from '../layout/wrap';
import type { RecordSummary } from '@/lib/summary/record-summary';
import { DETAIL, G, WIDTH } from './geometry';
import { combine, linesOps, paragraph, plain, row, sectionHeading, type Ctx } from './rows';

/**
 * The open questions, each asked once with the entries it concerns (screening asks the same
 * question of many entries; the entry rows above already show it next to each one).
 */
export function questionGroups(s: RecordSummary, ctx: Ctx): Group[] {
  const heading = sectionHeading('Open questions');
  if (s.openQuestions.length === 0) {
    return [{ rows: [combine([heading, paragraph(ctx, plain('None: every entry has a verdict without open questions.'), { size: 9, leading: 11, padTop: 6 })])] }];
  }
  const asked = new Map<string, { text: string; cite: string; entries: string[] }>();
  for (const q of s.openQuestions) {
    const key = `${q.id}\u0000${q.text}\u0000${q.cite}`;
    let a = asked.get(key);
    if (!a) asked.set(key, (a = { text: q.text, cite: q.cite, entries: [] }));
    if (q.entry) a.entries.push(q.entry);
  }
  const numW = 22;
  const x = G.left + numW;
  const rows: Row[] = [];
  [...asked.values()].forEach((a, i) => {
    const body = wrapRuns(plain(`${a.text}${a.cite ? ` [${a.cite}]` : ''}`), { width: WIDTH - numW, size: 9, measure: ctx.measure });
    const question = row(5 + body.length * 11, (top) => [
      { kind: 'text', x: G.left, y: top - 5 - 9 * 0.82, text: `${i + 1}.`, style: 'bold', size: 9 },
      ...linesOps(body, x, top - 5, 9, 11),
    ]);
    // The entry list may run for pages: one row per line, so it breaks anywhere.
    const label = a.entries.length === 0 ? 'About the whole case.' : a.entries.length === 1 ? 'Entry: ' : `${a.entries.length} entries: `;
    const list = wrapRuns([{ text: label, style: 'bold' }, { text: a.entries.join('; '), style: 'regular' }], { width: WIDTH - numW, size: DETAIL.size, measure: ctx.measure });
    const lines = list.map((l, li) => row(DETAIL.leading + (li === list.length - 1 ? 3 : 0), (top) => linesOps([l], x, top, DETAIL.size, DETAIL.leading)));
    rows.push(combine([question, lines[0]!]), ...lines.slice(1));
  });
  const continued = paragraph(ctx, plain('Open questions (continued)', 'bold'), { size: 9, leading: 11, padTop: 2, padBottom: 2 });
  return [{ rows: [combine([heading, rows[0]!]), ...rows.slice(1)], repeatOnBreak: [continued] }];
}
