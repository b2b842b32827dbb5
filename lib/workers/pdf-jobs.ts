/**
 * The jobs of the PDF worker, as plain async functions: the worker runs them off the panel's
 * thread (pdf.worker.ts), and the client runs the very same functions in-thread where there is no
 * Worker (Node, vitest). Each checks its limits (lib/packet/limits.ts) before the heavy work.
 * Libraries load on first use, so a worker that only reads RAP sheets never parses pdf-lib.
 */
import { bytesProblem, exhibitHeaderProblem, InputLimitError, limitMessage, LIMITS, pagesProblem, type PdfLimit } from '../packet/limits';
import type { ExhibitInspection, JobInput, JobKind, JobOutput } from './protocol';

export interface JobContext {
  /** Aborts on Cancel (in-thread); jobs check it between documents or pages. */
  signal: AbortSignal;
  /** `label` says what is being made, in words ("Los Angeles: document 3 of 7"). */
  progress(done: number, total: number, label?: string): void;
}

type Runner<K extends JobKind> = (input: JobInput<K>, ctx: JobContext) => Promise<JobOutput<K>>;

/** A PDF's page count from its page tree (pdfjs reads /Count without parsing a page). */
async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { loadPdfjs } = await import('../pdfjs');
  const lib = await loadPdfjs();
  const task = lib.getDocument({ data: bytes.slice(), useWorkerFetch: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

/** Refuses a PDF past `limit` (bytes first, then pages) with one line naming the file. */
async function checkPdf(bytes: Uint8Array, fileName: string, limit: PdfLimit): Promise<void> {
  const tooBig = bytesProblem(bytes.length, limit);
  if (tooBig) throw new InputLimitError(limitMessage(fileName, tooBig));
  let pages: number;
  try {
    pages = await pdfPageCount(bytes);
  } catch (e) {
    throw new InputLimitError(limitMessage(fileName, `cannot read this PDF (${(e as Error).message})`));
  }
  const tooLong = pagesProblem(pages, limit);
  if (tooLong) throw new InputLimitError(limitMessage(fileName, tooLong));
}

async function inspectExhibit({ bytes, fileName }: JobInput<'inspect-exhibit'>): Promise<ExhibitInspection> {
  const [{ imageSize, sniffFileKind }, { loadExhibitFile }] = await Promise.all([import('../packet/image-info'), import('../packet/pdf')]);
  const kind = sniffFileKind(bytes);
  const size = imageSize(bytes);
  const header = exhibitHeaderProblem(bytes);
  if (header) return { kind, pages: 0, ...size, problem: limitMessage(fileName, header) };
  const file = await loadExhibitFile(bytes);
  if (file.kind === 'error') return { kind, pages: 0, problem: limitMessage(fileName, file.message) };
  if (file.kind !== 'pdf') return { kind, pages: 1, width: file.width, height: file.height };
  const problem = file.pages === 0 ? 'the PDF has no readable page (it may be damaged or cut short)' : pagesProblem(file.pages, LIMITS.exhibitPdf);
  return { kind, pages: file.pages, ...(problem ? { problem: limitMessage(fileName, problem) } : {}) };
}

/** pdfjs' canvases as OffscreenCanvas: a worker has no document to create <canvas> elements in. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(cc: { canvas: OffscreenCanvas }, width: number, height: number) {
    cc.canvas.width = width;
    cc.canvas.height = height;
  }
  destroy(cc: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (cc.canvas) cc.canvas.width = cc.canvas.height = 0;
    cc.canvas = null;
    cc.context = null;
  }
}

async function renderPage({ bytes, page, width }: JobInput<'render-page'>): Promise<JobOutput<'render-page'>> {
  if (typeof OffscreenCanvas === 'undefined') throw new Error('no OffscreenCanvas here to draw the page on');
  const { loadPdfjs } = await import('../pdfjs');
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: bytes,
    CanvasFactory: OffscreenCanvasFactory,
    isOffscreenCanvasSupported: true,
    isEvalSupported: false,
    // Glyphs are drawn as paths: there is no document to add font faces to. Fonts a form names
    // without embedding (Helvetica labels) come from pdfjs's standard fonts, bundled.
    disableFontFace: true,
    useSystemFonts: false,
    StandardFontDataFactory: (await import('./standard-fonts')).BundledStandardFonts,
    useWorkerFetch: false,
    // An image inside the PDF past the exhibit pixel limit is left undrawn rather than decoded.
    maxImageSize: LIMITS.imagePixels,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const p = await doc.getPage(Math.min(Math.max(1, page), doc.numPages));
    const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
    const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d')!;
    await p.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return { bitmap: canvas.transferToImageBitmap(), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}

export const pdfJobs: { [K in JobKind]: Runner<K> } = {
  'rap-sheet-text': async ({ bytes, fileName }, { signal }) => {
    const { rapSheetText } = await import('../rapsheet/load');
    return { text: await rapSheetText(bytes, fileName, { signal }) };
  },
  packet: async ({ fonts, eventIds, exhibits, unreadableExhibits, ...input }, { signal, progress }) => {
    const [{ assemblePacket, selectionFor }, { decodeDataUrl }] = await Promise.all([import('../packet/assemble'), import('../data-url')]);
    const bundled = fonts ?? (await import('../packet/fonts-web')).loadBundledFonts();
    const selection = eventIds ? selectionFor(input.body, eventIds) : input.selection;
    // Data URLs are decoded here, off the panel's thread; one that does not decode is a warning, never a stop.
    const files = new Map<string, Uint8Array>();
    const unreadable = new Map(unreadableExhibits);
    for (const [id, file] of exhibits ?? []) {
      const bytes = typeof file === 'string' ? decodeDataUrl(file) : file;
      if (bytes) files.set(id, bytes);
      else unreadable.set(id, 'the stored file could not be read');
    }
    return assemblePacket(input.body, {
      ...input,
      ...(selection ? { selection } : {}),
      ...(exhibits ? { exhibits: files } : {}),
      ...(unreadable.size ? { unreadableExhibits: unreadable } : {}),
      fonts: bundled,
      signal,
      onProgress: progress,
    });
  },
  'inspect-exhibit': (input) => inspectExhibit(input),
  'render-page': (input) => renderPage(input),
  'read-form': async ({ bytes, fileName }) => {
    await checkPdf(bytes, fileName, LIMITS.formPdf);
    const { readForm } = await import('../forms/read');
    return readForm(bytes);
  },
  'fill-form': async ({ bytes, fileName, fills, flatten, fonts }) => {
    await checkPdf(bytes, fileName, LIMITS.formPdf);
    const { fillForm } = await import('../packet/pdf-forms');
    const bundled = fonts ?? (await import('../packet/fonts-web')).loadBundledFonts();
    return fillForm(bytes, fills, { fonts: bundled, ...(flatten !== undefined ? { flatten } : {}) });
  },
};

/** Runs one job by kind (the worker and the in-thread fallback both come through here). */
export function runPdfJobHere<K extends JobKind>(kind: K, input: JobInput<K>, ctx: JobContext): Promise<JobOutput<K>> {
  const run = pdfJobs[kind] as Runner<K> | undefined;
  if (!run) return Promise.reject(new Error(`unknown PDF job "${String(kind)}"`));
  return run(input, ctx);
}
