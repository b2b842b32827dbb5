import { captionOps, framePages, PLEADING, slotBaseline, type Caption } from '../pleading-page';
import { blockToGroup, type Block } from './blocks';
import { paginate, type Placement } from './paginate';
import type { DrawOp, Measure } from './types';

export interface PleadingInput {
  caption: Caption;
  blocks: Block[];
  footerTitle: string;
  confidential: boolean;
}

export interface LaidOutDocument {
  pages: DrawOp[][];
  placements: Placement[];
}

/**
 * Lays out a pleading: the caption on page 1, the blocks on numbered lines, the paper and
 * footer on every page.
 * @example layoutPleading({ caption, blocks: [{ type: 'paragraph', text: 'Hello' }], footerTitle: 'Petition', confidential: true }, measure).pages.length // 1
 */
export function layoutPleading(input: PleadingInput, measure: Measure): LaidOutDocument {
  const cap = captionOps(input.caption, measure);
  const ctx = { measure, left: PLEADING.textLeft, right: PLEADING.textRight, size: PLEADING.fontSize };
  const groups = input.blocks.map((b) => blockToGroup(b, ctx));
  const laid = paginate(groups, { firstPageStart: cap.nextSlot, lastSlot: PLEADING.lastSlot, baseline: slotBaseline });
  const pages = framePages(laid, { footerTitle: input.footerTitle, confidential: input.confidential, measure, firstPageOps: cap.ops });
  return { pages, placements: laid.placements };
}
