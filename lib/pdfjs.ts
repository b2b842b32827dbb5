/**
 * pdfjs-dist, loaded once, offline by construction: the worker module is imported and registered
 * as `globalThis.pdfjsWorker`, so pdfjs runs its "worker" on the calling thread and never fetches
 * a worker script (Node, the extension's pages and tests all take this path). The legacy build
 * runs in Node 20. Used by the RAP sheet reader and the PDF form reader.
 */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}
