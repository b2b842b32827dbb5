/**
 * "Record by county and case": one table per county; each case is a sub-heading kept with its
 * first entry, and continuation pages repeat the county's name and the table header.
 */
import type { Group, Row } from '../layout/paginate';
import type { Run } from '../layout/types';
import { countyLabel, type RecordSummary, type SummaryCase, type SummaryCounty, type VerdictCounts } from '@/lib/summary/record-summary';
import { entryRow, tableHeader } from './entry-row';
import { G } from './geometry';
import { combine, paragraph, plain, row, rule, sectionHeading, type Ctx } from './rows';

/** A bookmark: its title, the group (index into the groups returned with it) whose page it points at, and its level. */
export interface Mark {
  title: string;
  group: number;
  depth: 0 | 1;
}

/** The county as a heading; one wording with the side panel (lib/summary/county-label.ts). */
export function countyName(county: string): string {
  return countyLabel(county);
}

export function countsText(c: VerdictCounts): string {
  return `${c.total} ${c.total === 1 ? 'entry' : 'entries'}: ${c.candidate} candidate, ${c.review} review, ${c.ineligible} ineligible`;
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

/** The record section's groups, with a bookmark for each county and case. */
export function recordGroups(s: RecordSummary, ctx: Ctx): { groups: Group[]; marks: Mark[] } {
  const groups: Group[] = [];
  const marks: Mark[] = [];
  const recordHeading = sectionHeading('Record by county and case');
  if (s.counties.length === 0) {
    groups.push({ rows: [combine([recordHeading, paragraph(ctx, plain('No entries on the record.'), { size: 9, leading: 11, padTop: 6 })])] });
  }
  // One group per case: its heading kept with its first entry, then the other entries. A case
  // that starts a page gets the county's header above it; a case that continues onto a page gets
  // the county's header and its own heading, marked continued.
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
      groups.push({
        rows: [combine(lead), ...entries.slice(1)],
        repeatOnBreak: [combine([countyContinued(county), tableHeader(), caseHeading(k, ctx, true)])],
        ...(ki === 0 ? {} : { headIfStartsPage: [pageTop] }),
      });
    });
  });
  return { groups, marks };
}
