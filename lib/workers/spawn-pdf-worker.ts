/**
 * Starts the PDF worker. Vite bundles pdf.worker.ts and its imports into a file of the extension
 * (its own chunk, outside the panel's initial JavaScript) from the `?worker` import; the page's
 * CSP allows it (`worker-src 'self'`, lib/portals/extension-policy.ts). The `new Worker(new URL(
 * './x', import.meta.url))` form is not used: WXT defines import.meta.url as self.location.href,
 * which hides the worker from Vite (wxt-dev/wxt#2032).
 */
import PdfWorker from './pdf.worker.ts?worker';

export function spawnPdfWorker(): Worker {
  return new PdfWorker({ name: 'vacatur-pdf' });
}
