import type { CaseEvent } from '../model';
import { bytesProblem, limitMessage, LIMITS, pagesProblem } from '../packet/limits';
import { parseRapSheet } from './index';
import { rapSheetToCase } from './to-case';
import type { RapSheet } from './types';

/** Input that cannot become a RAP sheet (scanned PDF, not a RAP sheet at all): one-line message. */
export class RapSheetInputError extends Error {
  override name = 'RapSheetInputError';
}

export function isPdf(bytes: Uint8Array, fileName = ''): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') || (/\.pdf$/i.test(fileName) && bytes.length === 0);
}

/** Decodes text files: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The text of a RAP sheet file: a .txt (or pasted text saved to a file) or a text PDF. A PDF past
 * the limits of lib/packet/limits.ts (bytes, then pages from the page tree) is refused before any
 * page is read. `signal` stops a long extraction between pages (a cancel, or the worker's time budget).
 * @throws RapSheetInputError for a PDF past a limit, without a text layer, or one pdfjs cannot read.
 */
export async function rapSheetText(bytes: Uint8Array, fileName: string, options: { signal?: AbortSignal } = {}): Promise<string> {
  if (!isPdf(bytes, fileName)) return decodeText(bytes);
  const limit = LIMITS.rapSheetPdf;
  const tooBig = bytesProblem(bytes.length, limit);
  if (tooBig) throw new RapSheetInputError(limitMessage(fileName || 'PDF', tooBig));
  const { extractPdfText, PdfPageLimitError } = await import('./pdf-text');
  let result;
  try {
    result = await extractPdfText(bytes, { maxPages: limit.maxPages, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (e) {
    if (e instanceof PdfPageLimitError) throw new RapSheetInputError(limitMessage(fileName || 'PDF', pagesProblem(e.pages, limit)!));
    if (options.signal?.aborted) throw e;
    throw new RapSheetInputError(`${fileName || 'PDF'}: cannot read this PDF (${(e as Error).message})`);
  }
  if (!result.hasTextLayer) {
    throw new RapSheetInputError(
      `${fileName || 'PDF'}: this PDF has no text layer (it is a scanned image); run OCR on it first, then import the text or the OCR'd PDF`,
    );
  }
  return result.text;
}

/**
 * Reads and parses a RAP sheet file.
 * @throws RapSheetInputError when the file is a scanned PDF or not a RAP sheet at all.
 */
export async function loadRapSheet(bytes: Uint8Array, fileName: string): Promise<RapSheet> {
  const sheet = parseRapSheet(await rapSheetText(bytes, fileName));
  if (!sheet.isRapSheet) {
    throw new RapSheetInputError(`${fileName || 'input'}: not a California RAP sheet (no CII/NAM block and no entries with counts)`);
  }
  return sheet;
}

/**
 * The case events of a RAP sheet file, for `vacatur screen SHEET.txt`: one event per count.
 * Warnings read "line N: message".
 * @example const { events, warnings } = await loadRapSheetEvents(bytes, 'sheet.pdf');
 */
export async function loadRapSheetEvents(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ events: CaseEvent[]; warnings: string[] }> {
  const sheet = await loadRapSheet(bytes, fileName);
  const { events } = rapSheetToCase(sheet);
  return { events, warnings: sheet.warnings.map((w) => `line ${w.line}: ${w.message}`) };
}
