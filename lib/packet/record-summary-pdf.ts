/**
 * The record summary as a printable PDF: US letter, plain paper (not pleading paper: it is a
 * working document for the attorney, never filed), one compact table per county and case.
 *
 * Built on the packet's PDF layer: text is measured and wrapped by layout/wrap.ts, rows are put
 * on pages by layout/paginate.ts (here a "slot" is one point, so rows can be any height), and
 * pdf.ts (the only pdf-lib importer) writes the draw operations with embedded, searchable fonts.
 */
import type { RecordSummary, SummaryCase, SummaryCounty, SummaryEntry, VerdictCounts } from '@/lib/summary/record-summary';
import { paginate, type Group, type Row } from './layout/paginate';
import type { DrawOp, FontStyle, Measure, Run } from './layout/types';
import { wrapRuns, type WrappedLine } from './layout/wrap';
import { createMeasure, PdfWriter, type FontBytes, type OutlineItem } from './pdf';

export const SUMMARY_TEMPLATE = 'record-summary';
export const SUMMARY_TITLE = 'Criminal Record Summary — prepared for attorney review';
export const SUMMARY_CONFIDENTIAL = 'Confidential: contains information about a survivor of human trafficking';

/** Page geometry in points (US letter, 612 x 792). */
const G = {
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
const WIDTH = G.right - G.left;

/** Entry table columns, widths in points (sum = WIDTH). */
const COLUMNS = [
  { header: 'Date', width: 52 },
  { header: 'Event', width: 54 },
  { header: 'Offense', width: 66 },
  { header: 'Lvl', width: 20 },
  { header: 'Description', width: 118 },
  { header: 'Disposition / sentence', width: 160 },
  { header: 'Verdict', width: 62 },
] as const;
const GUTTER = 5;

/** Left edge of each column. */
function offsets(columns: readonly { width: number }[]): number[] {
  let x: number = G.left;
  return columns.map((c) => {
    const at = x;
    x += c.width;
    return at;
  });
}
const COL_X: number[] = offsets(COLUMNS);
/** Detail lines (why, remedies, relief, questions) start under the Event column, clear of the date. */
const DETAIL_X = COL_X[1]!;

const TEXT = { size: 8.5, leading: 10.2 };
const DETAIL = { size: 8, leading: 9.6 };
/** A cell or detail list longer than this is cut with an ellipsis, so no row outgrows a page. */
const MAX_LINES = 30;

const KIND_LABEL = { arrest: 'Arrest', conviction: 'Conviction', adjudication: 'Adjudication' } as const;

interface Ctx {
  measure: Measure;
}

// ---------------------------------------------------------------- text helpers

function wrap(ctx: Ctx, runs: Run[], width: number, size: number): WrappedLine[] {
  const lines = wrapRuns(runs, { width, size, measure: ctx.measure });
  if (lines.length <= MAX_LINES) return lines;
  const cut = lines.slice(0, MAX_LINES);
  const last = cut[MAX_LINES - 1]!;
  last.segments.push({ text: ' …', style: 'regular', x: last.width, width: ctx.measure(' …', 'regular', size) });
  return cut;
}

function plain(text: string, style: FontStyle = 'regular'): Run[] {
  return [{ text, style }];
}

function lineOps(line: WrappedLine, x: number, y: number, size: number): DrawOp[] {
  return line.segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => ({ kind: 'text' as const, x: x + s.x, y, text: s.text, style: s.style, size }));
}

/** Ops for wrapped lines whose first line's top is at `top`. */
function linesOps(lines: WrappedLine[], x: number, top: number, size: number, leading: number): DrawOp[] {
  const ops: DrawOp[] = [];
  lines.forEach((l, i) => ops.push(...lineOps(l, x, top - size * 0.82 - i * leading, size)));
  return ops;
}

function rule(y: number, width = 0.4, x1: number = G.left, x2: number = G.right): DrawOp {
  return { kind: 'line', x1, y1: y, x2, y2: y, width };
}

/** A row of `height` points; `draw` gets the row's top edge. */
function row(height: number, draw: (top: number) => DrawOp[], keepWithNext = false): Row {
  const slots = Math.ceil(height);
  return { slots, ink: slots, aligned: false, draw, ...(keepWithNext ? { keepWithNext } : {}) };
}

/** Several rows drawn as one (a heading that must stay with the first line under it). */
function combine(rows: Row[]): Row {
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
function paragraph(ctx: Ctx, runs: Run[], o: { size: number; leading: number; padTop?: number; padBottom?: number; x?: number; keepWithNext?: boolean }): Row {
  const x = o.x ?? G.left;
  const lines = wrap(ctx, runs, G.right - x, o.size);
  const padTop = o.padTop ?? 0;
  const height = padTop + lines.length * o.leading + (o.padBottom ?? 0);
  return row(height, (top) => linesOps(lines, x, top - padTop, o.size, o.leading), o.keepWithNext);
}

// ---------------------------------------------------------------- page 1 header

function countsText(c: VerdictCounts): string {
  return `${c.total} ${c.total === 1 ? 'entry' : 'entries'}: ${c.candidate} candidate, ${c.review} review, ${c.ineligible} ineligible`;
}

function headerRows(s: RecordSummary, ctx: Ctx): Row[] {
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

// ---------------------------------------------------------------- record tables

function countyName(county: string): string {
  if (!county) return 'County not on record';
  return /\bcounty\b/i.test(county) ? county : `${county} County`;
}

function countyHeading(c: SummaryCounty, ctx: Ctx): Row {
  const name = countyName(c.county);
  const right = countsText(c.counts);
  return row(
    32,
    (top) => [
      { kind: 'text', x: G.left, y: top - 24, text: name, style: 'bold', size: 12.5 },
      { kind: 'text', x: G.right - ctx.measure(right, 'regular', 8.5), y: top - 24, text: right, style: 'regular', size: 8.5 },
      rule(top - 29, 1.2),
    ],
    true,
  );
}

/** "Case 2CA21877 · court · agency": a sub-heading inside the county's table. */
function caseHeading(k: SummaryCase, ctx: Ctx, continued: boolean): Row {
  const runs: Run[] = [{ text: k.caseNumber ? `Case ${k.caseNumber}` : 'No case number on record', style: 'bold' }];
  if (continued) runs.push({ text: ' (continued)', style: 'regular' });
  const where = [...k.courts, ...k.agencies];
  if (where.length) runs.push({ text: `  ·  ${where.join('  ·  ')}`, style: 'regular' });
  return paragraph(ctx, runs, { size: 8.5, leading: 10.2, padTop: 6, padBottom: 0, keepWithNext: true });
}

/** Top of a continuation page inside a county's table. */
function countyContinued(c: SummaryCounty): Row {
  return row(
    18,
    (top) => [{ kind: 'text', x: G.left, y: top - 12, text: `${countyName(c.county)} (continued)`, style: 'bold', size: 10 }],
    true,
  );
}

function tableHeader(): Row {
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

function entryRow(e: SummaryEntry, ctx: Ctx): Row {
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
  if (e.reason) details.push([{ text: 'Why: ', style: 'bold' }, { text: `${e.reason.text}${e.reason.cite ? ` [${e.reason.cite}]` : ''}`, style: 'regular' }]);
  const rem = remediesText(e);
  if (rem) details.push([{ text: 'Remedies that fit: ', style: 'bold' }, { text: rem, style: 'regular' }]);
  for (const r of e.priorRelief) {
    const what = [r.label, r.cite ? `(${r.cite})` : '', r.date ? `on ${r.date}` : ''].filter(Boolean).join(' ');
    details.push([{ text: 'Prior relief: ', style: 'bold' }, { text: what, style: 'regular' }]);
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

// ---------------------------------------------------------------- closing sections

function sectionHeading(text: string): Row {
  return row(
    30,
    (top) => [
      { kind: 'text', x: G.left, y: top - 22, text, style: 'bold', size: 12.5 },
      rule(top - 27, 1.2),
    ],
    true,
  );
}

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

function reliefGroups(s: RecordSummary, ctx: Ctx): Group[] {
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
  return splitGroup(combine([heading, intro, header(), rows[0]!]), rows.slice(1), [combine([paragraph(ctx, plain('Prior relief on the record (continued)', 'bold'), { size: 9, leading: 11, padTop: 2 }), header()])]);
}

/**
 * The open questions, each asked once with the entries it concerns (screening asks the same
 * question of many entries; the entry rows above already show it next to each one).
 */
function questionGroups(s: RecordSummary, ctx: Ctx): Group[] {
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
  return splitGroup(combine([heading, rows[0]!]), rows.slice(1), [paragraph(ctx, plain('Open questions (continued)', 'bold'), { size: 9, leading: 11, padTop: 2, padBottom: 2 })]);
}

/**
 * A lead row, then the rest with a header repeated on continuation pages. Kept as two groups
 * because paginate() places a group's repeat rows whenever it starts a page inside the group,
 * including before the group's first row.
 */
function splitGroup(lead: Row, rest: Row[], repeat: Row[]): Group[] {
  const groups: Group[] = [{ rows: [lead] }];
  if (rest.length) groups.push({ rows: rest, repeatOnBreak: repeat });
  return groups;
}

// ---------------------------------------------------------------- the document

interface Laid {
  pages: DrawOp[][];
  outline: OutlineItem[];
}

/** Lays out the summary as pages of draw operations, with the page of each county and section. */
export function layoutRecordSummary(s: RecordSummary, measure: Measure, generatedOn: string = s.asOf): Laid {
  const ctx: Ctx = { measure };
  const groups: Group[] = [];
  const marks: { title: string; group: number; depth: 0 | 1 }[] = [];
  const header = headerRows(s, ctx);
  const recordHeading = sectionHeading('Record by county and case');
  if (s.counties.length === 0) {
    groups.push({ rows: header });
    groups.push({ rows: [combine([recordHeading, paragraph(ctx, plain('No entries on the record.'), { size: 9, leading: 11, padTop: 6 })])] });
  } else {
    groups.push({ rows: header });
  }
  // One table per county; each case is a sub-heading kept with its first entry. A case lead
  // that starts a page gets the county's header repeated; so does a case that continues.
  s.counties.forEach((county, ci) => {
    const pageTop = combine([countyContinued(county), tableHeader()]);
    county.cases.forEach((k, ki) => {
      const entries = k.entries.map((e) => entryRow(e, ctx));
      const lead: Row[] = [];
      if (ci === 0 && ki === 0) lead.push(recordHeading);
      if (ki === 0) lead.push(countyHeading(county, ctx), tableHeader());
      lead.push(caseHeading(k, ctx, false), entries[0]!);
      if (ki === 0) marks.push({ title: `${countyName(county.county)} (${countsText(county.counts)})`, group: groups.length, depth: 0 });
      marks.push({ title: k.caseNumber ? `Case ${k.caseNumber}` : 'No case number', group: groups.length, depth: 1 });
      groups.push({ rows: [combine(lead)], ...(ki === 0 ? {} : { repeatOnBreak: [pageTop] }) });
      if (entries.length > 1) groups.push({ rows: entries.slice(1), repeatOnBreak: [combine([countyContinued(county), tableHeader(), caseHeading(k, ctx, true)])] });
    });
  });
  marks.push({ title: 'Prior relief on the record', group: groups.length, depth: 0 });
  groups.push(...reliefGroups(s, ctx));
  marks.push({ title: 'Open questions', group: groups.length, depth: 0 });
  groups.push(...questionGroups(s, ctx));

  const laid = paginate(groups, { firstPageStart: 0, lastSlot: G.top - G.bottom, baseline: (slot) => G.top - slot });
  const pageOfGroup = new Map<number, number>();
  for (const p of laid.placements) if (!pageOfGroup.has(p.group)) pageOfGroup.set(p.group, p.page);
  const outline: OutlineItem[] = [];
  for (const m of marks) {
    const item: OutlineItem = { title: m.title, pageIndex: pageOfGroup.get(m.group) ?? 0 };
    if (m.depth === 0) outline.push(item);
    else {
      const parent = outline[outline.length - 1];
      if (parent) (parent.children ??= []).push(item);
    }
  }
  const total = laid.pages.length;
  const pages = laid.pages.map((ops, i) => [...ops, ...frameOps(s, i + 1, total, measure, generatedOn)]);
  return { pages, outline };
}

/** Running header (pages 2 on) and the footer of every page. */
function frameOps(s: RecordSummary, page: number, total: number, measure: Measure, generatedOn: string): DrawOp[] {
  const ops: DrawOp[] = [];
  if (page > 1) {
    const right = `Screened as of ${s.asOf}`;
    ops.push(
      { kind: 'text', x: G.left, y: G.headerY, text: `Criminal Record Summary: ${s.client.name}`, style: 'regular', size: 8 },
      { kind: 'text', x: G.right - measure(right, 'regular', 8), y: G.headerY, text: right, style: 'regular', size: 8 },
      rule(G.headerY - 4, 0.5),
    );
  }
  const pageText = `Page ${page} of ${total}`;
  ops.push(
    rule(G.footerRuleY, 0.5),
    { kind: 'text', x: G.left, y: G.footer1Y, text: SUMMARY_CONFIDENTIAL, style: 'bold', size: 8 },
    { kind: 'text', x: G.right - measure(pageText, 'regular', 8), y: G.footer1Y, text: pageText, style: 'regular', size: 8 },
    {
      kind: 'text',
      x: G.left,
      y: G.footer2Y,
      text: `Generated by Vacatur Assist on ${generatedOn}. Screening is a starting point for the attorney, not legal advice.`,
      style: 'regular',
      size: 7.5,
    },
  );
  return ops;
}

/**
 * Renders the record summary PDF (letter size, text extractable, bookmarked by county and case).
 * @example
 * const bytes = await renderRecordSummaryPdf(buildRecordSummary(body, { asOf }), { fonts: loadNodeFonts(), asOf });
 */
export async function renderRecordSummaryPdf(summary: RecordSummary, opts: { fonts: FontBytes; asOf: string }): Promise<Uint8Array> {
  const measure = createMeasure(opts.fonts);
  const laid = layoutRecordSummary(summary, measure, opts.asOf);
  const w = await PdfWriter.create(opts.fonts, {
    title: `Criminal Record Summary: ${summary.client.name}`,
    subject: 'Criminal record summary with vacatur screening (Pen. Code § 236.14), for attorney review',
    keywords: [`template:${SUMMARY_TEMPLATE}`, 'CONFIDENTIAL'],
    date: opts.asOf,
  });
  for (const page of laid.pages) await w.addOpsPage(page, SUMMARY_TEMPLATE);
  w.setOutline(laid.outline);
  return w.save();
}
