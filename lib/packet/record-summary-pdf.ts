/**
 * The record summary as a printable PDF: US letter, plain paper (not pleading paper: it is a
 * working document for the attorney, never filed), one compact table per county and case.
 *
 * Built on the packet's PDF layer: text is measured and wrapped by layout/wrap.ts, rows are put
 * on pages by layout/paginate.ts (here a "slot" is one point, so rows can be any height), and
 * pdf.ts (the only pdf-lib importer) writes the draw operations with embedded, searchable fonts.
 * The parts live in ./summary/: header-block, county-tables (with entry-row), prior-relief,
 * open-questions, page-frame, layout and render.
 */
export { layoutRecordSummary, type LaidOutSummary } from './summary/layout';
export { renderRecordSummaryPdf } from './summary/render';
export { SUMMARY_CONFIDENTIAL, SUMMARY_TEMPLATE, SUMMARY_TITLE } from './summary/titles';
