/**
 * How big an input the extension and the CLI read, as data: bytes, pages, image pixels and time.
 * Past a limit a file is refused with one line that names the file and the limit; in a packet
 * the exhibit is skipped with a warning and a slip sheet, and the packet still builds.
 *
 * Why these numbers (issue 12: a 20,000-page PDF and a PNG claiming 40000×40000 pixels froze the
 * panel for most of a minute):
 * - RAP sheet PDF, 500 pages / 20 MB. A California DOJ record review prints a few pages per
 *   arrest cycle; the longest real sheets run to a few dozen pages. Text extraction costs about
 *   10 ms a page, so 500 pages is seconds, not minutes.
 * - Exhibit, 2,000 pages / 50 MB. Exhibits are certificates, letters and court records of a few
 *   pages to a few hundred; e-filing providers cap one upload at a few tens of MB (exhibits.ts).
 *   Each exhibit page is copied into the exhibits PDF and the combined PDF of every county.
 * - PDF form, 100 pages / 20 MB. Judicial Council and DOJ forms are 1-10 pages.
 * - Image, 40 megapixels. A letter page scanned at 600 dpi is 5100 × 6600 = 33.7 MP; a 40000 ×
 *   40000 "bomb" (1,600 MP) would need 6.4 GB to decode. Read from the PNG / JPEG header before
 *   anything decodes the pixels.
 * - Time: the worker running a job is stopped past its budget (lib/workers), so a file that
 *   slips past the other limits (a deflate bomb inside a PDF) still cannot hang the panel.
 */
import { imageSize } from './image-info';

export interface PdfLimit {
  /** What the limit is for, in the message: "a RAP sheet PDF". */
  what: string;
  maxBytes: number;
  maxPages: number;
}

const MB = 1024 * 1024;

export const LIMITS = {
  rapSheetPdf: { what: 'a RAP sheet PDF', maxBytes: 20 * MB, maxPages: 500 },
  exhibitPdf: { what: 'an exhibit', maxBytes: 50 * MB, maxPages: 2000 },
  formPdf: { what: 'a PDF form', maxBytes: 20 * MB, maxPages: 100 },
  /** Any exhibit file, PDF or image (MAX_EXHIBIT_BYTES in exhibits.ts, also the CLI's read cap). */
  exhibitBytes: 50 * MB,
  /** Width × height of one exhibit image, read from its header. */
  imagePixels: 40_000_000,
  /** Time budgets of a job in the PDF worker, in ms; past them the worker is stopped. */
  timeMs: {
    rapSheetText: 60_000,
    inspectExhibit: 30_000,
    renderPage: 30_000,
    readForm: 60_000,
    fillForm: 60_000,
    packet: 10 * 60_000,
  },
} as const satisfies {
  rapSheetPdf: PdfLimit;
  exhibitPdf: PdfLimit;
  formPdf: PdfLimit;
  exhibitBytes: number;
  imagePixels: number;
  timeMs: Record<string, number>;
};

const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** Why a file of `size` bytes is refused as `limit`, or undefined. */
export function bytesProblem(size: number, limit: PdfLimit): string | undefined {
  if (size <= limit.maxBytes) return undefined;
  return `${mb(size)}, over the ${mb(limit.maxBytes)} limit for ${limit.what}`;
}

/** Why a PDF of `pages` pages is refused as `limit`, or undefined. */
export function pagesProblem(pages: number, limit: PdfLimit): string | undefined {
  if (pages <= limit.maxPages) return undefined;
  return `${fmt(pages)} pages, over the ${fmt(limit.maxPages)}-page limit for ${limit.what}`;
}

/** Why an image of width × height pixels is refused, or undefined. */
export function pixelsProblem(width: number, height: number): string | undefined {
  if (width * height <= LIMITS.imagePixels) return undefined;
  return `the image is ${fmt(width)} × ${fmt(height)} pixels (${fmt(Math.round((width * height) / 1e6))} megapixels), over the ${LIMITS.imagePixels / 1e6}-megapixel limit for an exhibit image`;
}

/** The one-line message for a refused file: "sheet.pdf: 20,000 pages, over the 500-page limit for a RAP sheet PDF". */
export function limitMessage(fileName: string, problem: string): string {
  return `${fileName || 'the file'}: ${problem}`;
}

/** Thrown by readers when an input is past a limit; its message is the one line to show. */
export class InputLimitError extends Error {
  override name = 'InputLimitError';
}

/**
 * What can be told about an exhibit file from its size and header alone, before it is parsed or
 * decoded: over the byte limit, or an image over the pixel limit. Undefined when it may be read.
 * The page limit needs the PDF's page tree: `pagesProblem(pages, LIMITS.exhibitPdf)` after loading.
 * @example exhibitHeaderProblem(pngClaiming40000x40000) // 'the image is 40,000 × 40,000 pixels (1,600 megapixels), over ...'
 */
export function exhibitHeaderProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length > LIMITS.exhibitBytes) return bytesProblem(bytes.length, LIMITS.exhibitPdf);
  const size = imageSize(bytes);
  return size ? pixelsProblem(size.width, size.height) : undefined;
}
