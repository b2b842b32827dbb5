/**
 * pdfjs-dist, loaded once, offline by construction: the worker module is imported and registered
 * as `globalThis.pdfjsWorker`, so pdfjs runs its "worker" on the calling thread and never fetches
 * a worker script. In the extension that thread is the PDF worker (lib/workers), never the panel;
 * in Node (the CLI, tests) it is the main thread. The legacy build runs in Node 20. Used by the
 * RAP sheet reader, the PDF form reader and the page preview.
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
