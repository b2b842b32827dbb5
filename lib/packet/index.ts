/** The petition packet: pleading-paper PDFs for a Penal Code 236.14 petition (see assemble.ts). */
export {
  assemblePacket,
  defaultSelection,
  periodSelection,
  selectionFor,
  PLEADINGS,
  AFTER_EXHIBITS,
  type CountySelection,
  type CountyPacket,
  type PacketDocument,
  type PacketOptions,
  type PacketResult,
  type Verdict,
} from './assemble';
export { fileSlug, uniqueSlugs } from './file-names';
export { responseDeadline } from './deadlines';
export { decodeDataUrl, loadExhibits } from './exhibits';
export { createMeasure, pageTemplates, type FontBytes } from './pdf';
export { PLEADING, lineBaseline, slotBaseline } from './pleading-page';
export { layoutPleading } from './layout/document';
export type { Block } from './layout/blocks';
export type { DocumentTemplate, PacketContext } from './documents/context';
export { guardMatters, overrideWarning, refusalText, type GuardResult, type RefusedMatter, type OverriddenMatter } from './guard';
export { placeholdersIn, draftLine, type DraftItem } from './draft-items';
