/** Text of a text PDF (a RAP sheet printed to PDF), with pdfjs-dist (loaded offline: lib/pdfjs.ts). */
import { loadPdfjs } from '../pdfjs';

export interface PdfText {
  text: string;
  pages: number;
  /** False for a scanned PDF: no characters on any page, so it needs OCR first. */
  hasTextLayer: boolean;
}

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}


/** Rebuilds lines from positioned text: same baseline = same line, gaps become spaces. */
export function linesFromItems(items: readonly PositionedText[]): string[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, (item.height || 10) * 0.4);
    if (row && Math.abs(row[0]!.y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let out = '';
    let cursor: number | null = null;
    for (const item of row) {
      const charWidth = item.str.length ? item.width / item.str.length : 0;
      if (cursor !== null && charWidth > 0) {
        const gap = item.x - cursor;
        const spaces = Math.round(gap / charWidth);
        if (spaces > 0 && !out.endsWith(' ')) out += ' '.repeat(Math.min(spaces, 40));
      } else if (cursor !== null && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
      out += item.str;
      cursor = item.x + item.width;
    }
    return out.replace(/\s+$/, '');
  });
}

/** Thrown before any page is read when the PDF has more pages than the caller's `maxPages`. */
export class PdfPageLimitError extends Error {
  override name = 'PdfPageLimitError';
  constructor(readonly pages: number) {
    super(`the PDF has ${pages} pages`);
  }
}

export interface ExtractOptions {
  /** Refuse (PdfPageLimitError) when the page tree counts more pages: known before any page is parsed. */
  maxPages?: number;
  /** Checked before each page: extraction stops with the signal's reason (a cancel or a time budget). */
  signal?: AbortSignal;
}

/**
 * Extracts the text of every page, one line per baseline, pages separated by a blank line.
 * Throws when the bytes are not a readable PDF (pdfjs' own error message), when the PDF has more
 * than `maxPages` pages (PdfPageLimitError), or when `signal` aborts.
 * @example const { text, hasTextLayer } = await extractPdfText(bytes, { maxPages: 500 });
 */
export async function extractPdfText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<PdfText> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: bytes.slice(), // pdfjs may transfer the buffer; keep the caller's intact
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    // numPages is the page tree's /Count, read without parsing a page: a 20,000-page file stops here.
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) throw new PdfPageLimitError(doc.numPages);
    const pages: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      options.signal?.throwIfAborted();
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        items.push({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, width: it.width, height: it.height });
        chars += it.str.replace(/\s/g, '').length;
      }
      pages.push(linesFromItems(items).join('\n'));
      page.cleanup();
    }
    return { text: pages.join('\n\n'), pages: doc.numPages, hasTextLayer: chars > 0 };
  } finally {
    await task.destroy();
  }
}
