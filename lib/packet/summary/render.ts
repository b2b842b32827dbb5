/** The record summary written as a PDF through pdf.ts (the only pdf-lib importer). */
import { createMeasure, PdfWriter, type FontBytes } from '../pdf';
import type { RecordSummary } from '@/lib/summary/record-summary';
import { layoutRecordSummary } from './layout';
import { SUMMARY_TEMPLATE } from './titles';

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
