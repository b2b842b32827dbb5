import { useEffect, useRef, useState } from 'react';

/**
 * Renders one page of a PDF to a canvas with pdfjs (loaded only when a preview is shown). The
 * pdfjs worker module runs on this thread (globalThis.pdfjsWorker), so no worker script is fetched.
 */
export function PagePreview({ bytes, page = 1, width = 320 }: { bytes: Uint8Array; page?: number; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const g = globalThis as { pdfjsWorker?: unknown };
        if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: false }).promise;
        const p = await doc.getPage(Math.min(page, doc.numPages));
        const base = p.getViewport({ scale: 1 });
        const viewport = p.getViewport({ scale: (width * devicePixelRatio) / base.width });
        const c = canvas.current;
        if (!c || cancelled) return;
        c.width = viewport.width;
        c.height = viewport.height;
        c.style.width = `${width}px`;
        await p.render({ canvasContext: c.getContext('2d')!, viewport, canvas: c } as never).promise;
        if (!cancelled) c.dataset.rendered = 'true';
      } catch (e) {
        if (!cancelled) setError((e as Error).message);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes, page, width]);

  return error ? <p className="hint warn">Preview unavailable: {error}</p> : <canvas ref={canvas} className="page-preview" aria-label={`Preview of page ${page}`} />;
}
