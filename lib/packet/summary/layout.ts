/**
 * The record summary laid out as pages of draw operations: the header block, the record by
 * county and case, prior relief and open questions, put on pages by layout/paginate.ts, each
 * page framed with its running header and footer.
 */
import { paginate, type Group } from '../layout/paginate';
import type { DrawOp, Measure } from '../layout/types';
import type { OutlineItem } from '../pdf';
import type { RecordSummary } from '@/lib/summary/record-summary';
import { recordGroups, type Mark } from './county-tables';
import { G } from './geometry';
import { headerRows } from './header-block';
import { questionGroups } from './open-questions';
import { frameOps } from './page-frame';
import { reliefGroups } from './prior-relief';
import type { Ctx } from './rows';

export interface LaidOutSummary {
  pages: DrawOp[][];
  outline: OutlineItem[];
}

/**
 * Lays out the summary as pages of draw operations, with the page of each county and section.
 * @example layoutRecordSummary(buildRecordSummary(body, { asOf }), createMeasure(fonts)).pages.length // 2 for the sample case
 */
export function layoutRecordSummary(s: RecordSummary, measure: Measure, generatedOn: string = s.asOf): LaidOutSummary {
  const ctx: Ctx = { measure };
  const groups: Group[] = [{ rows: headerRows(s, ctx) }];
  const marks: Mark[] = [];
  const record = recordGroups(s, ctx);
  marks.push(...record.marks.map((m) => ({ ...m, group: m.group + groups.length })));
  groups.push(...record.groups);
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
