import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../ui/i18n';

/**
 * Shows one page of a PDF, drawn in the PDF worker (lib/workers: pdfjs on an OffscreenCanvas) and
 * handed over as an ImageBitmap, so neither pdfjs nor the page's parsing runs on the panel's thread.
 */
export function PagePreview({ bytes, page = 1, width = 320 }: { bytes: Uint8Array; page?: number; width?: number }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const { runPdfJob } = await import('@/lib/workers/pdf-worker-client');
        // A copy goes to the worker (its buffer is transferred): the caller keeps `bytes` to download.
        const { bitmap } = await runPdfJob('render-page', { bytes: bytes.slice(), fileName: 'preview', page, width: Math.round(width * devicePixelRatio) }, { signal: controller.signal });
        const c = canvas.current;
        if (!c || controller.signal.aborted) return bitmap.close();
        c.width = bitmap.width;
        c.height = bitmap.height;
        c.style.width = `${width}px`;
        c.getContext('2d')!.drawImage(bitmap, 0, 0);
        bitmap.close();
        c.dataset.rendered = 'true';
      } catch (e) {
        if (!controller.signal.aborted) setError((e as Error).message);
      }
    })();
    return () => controller.abort();
  }, [bytes, page, width]);

  return error ? <p className="hint warn">{t('packet_preview_unavailable', error)}</p> : <canvas ref={canvas} className="page-preview" aria-label={t('packet_preview_page', page)} />;
}
