import { useEffect, useRef, useState } from 'react';
import { clientInitials, type Case } from '@/lib/model';
import type { PacketResult } from '@/lib/packet';
import { zip } from '@/lib/zip';
import { downloadFile } from '../ui/download';
import { useI18n } from '../ui/i18n';
import { PagePreview } from './PagePreview';

interface Props {
  packet: PacketResult;
  caseValue: Case;
  asOf: string;
}

interface Previewed {
  name: string;
  bytes: Uint8Array;
  pages: number;
}

/**
 * "DIA_2026-12-02_": every downloaded file carries the client's initials and the date, so a
 * folder of several clients' packets stays sorted and never shows a full name.
 */
export function downloadPrefix(c: Pick<Case, 'client'>, asOf: string): string {
  const initials = clientInitials(c.client).replace(/[^A-Za-z]/g, '');
  return `${initials || 'client'}_${asOf}_`;
}

/**
 * The packets, per county: the combined PDF, each document on its own (e-filing uploads them
 * separately), "Download all (ZIP)" per county and for the whole case, and a preview of every
 * page beside the list (below it in a narrow panel).
 */
export function PacketResults({ packet, caseValue, asOf }: Props) {
  const { t } = useI18n();
  const prefix = downloadPrefix(caseValue, asOf);
  const first = packet.packets[0];
  const [preview, setPreview] = useState<Previewed | null>(first ? { name: first.combined.name, bytes: first.combined.bytes, pages: first.combined.pages } : null);
  const countyFiles = (p: PacketResult['packets'][number]) => [p.combined, ...p.documents].map((d) => ({ name: prefix + d.name, bytes: d.bytes }));
  const downloadZip = (name: string, files: { name: string; bytes: Uint8Array }[]) => downloadFile(name, zip(files, new Date()), 'application/zip');
  const label = (p: PacketResult['packets'][number]) => (p.juvenile ? t('packetResults_juvenile', p.county) : t('packetResults_county', p.county));

  return (
    <div className="packet-results">
      <div className="packet-files">
        {packet.packets.length > 1 ? (
          <p>
            <button type="button" onClick={() => downloadZip(`${prefix}Packets.zip`, packet.packets.flatMap(countyFiles))}>
              {t('packetResults_zipCase')}
            </button>
          </p>
        ) : null}
        <p className="hint">{t('packetResults_zipHint')}</p>
        {packet.packets.map((p) => (
          <section key={`${p.county}|${p.juvenile ? 'j' : 'a'}`} aria-label={label(p)}>
            <h3>{label(p)}</h3>
            <ul className="downloads">
              <li>
                <button type="button" className="primary" onClick={() => downloadFile(prefix + p.combined.name, p.combined.bytes, 'application/pdf')}>
                  {t('packetResults_download', prefix + p.combined.name)}
                </button>{' '}
                <small>({t('packetResults_pages', p.combined.pages)})</small>{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={t('packetResults_previewOf', p.combined.name)}
                  onClick={() => setPreview({ name: p.combined.name, bytes: p.combined.bytes, pages: p.combined.pages })}
                >
                  {t('packetResults_preview')}
                </button>
              </li>
              <li>
                <button type="button" onClick={() => downloadZip(`${prefix}${p.combined.name.replace(/_Packet\.pdf$/, '')}.zip`, countyFiles(p))}>
                  {t('packetResults_zipCounty', label(p))}
                </button>
              </li>
              {p.documents.map((d) => (
                <li key={d.name}>
                  <button type="button" className="link" onClick={() => downloadFile(prefix + d.name, d.bytes, 'application/pdf')}>
                    {prefix + d.name}
                  </button>{' '}
                  <small>({t('packetResults_docPages', d.pages)})</small>{' '}
                  <button type="button" className="link" aria-label={t('packetResults_previewOf', d.name)} onClick={() => setPreview({ name: d.name, bytes: d.bytes, pages: d.pages })}>
                    {t('packetResults_preview')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {preview ? <PreviewPane key={preview.name} preview={preview} onClose={() => setPreview(null)} /> : null}
    </div>
  );
}

/** Every page of one PDF, each drawn (in the PDF worker) when it scrolls into view. */
function PreviewPane({ preview, onClose }: { preview: Previewed; onClose(): void }) {
  const { t } = useI18n();
  const pages = Array.from({ length: preview.pages }, (_, i) => i + 1);
  return (
    <figure className="preview packet-preview" aria-label={t('packetResults_previewTitle', preview.name)}>
      <figcaption>
        {t('packetResults_previewTitle', preview.name)}{' '}
        <button type="button" className="link" onClick={onClose}>
          {t('packetResults_closePreview')}
        </button>
      </figcaption>
      <ol className="preview-pages">
        {pages.map((n) => (
          <li key={n} aria-label={t('packetResults_page', n, preview.pages)}>
            <LazyPage bytes={preview.bytes} page={n} />
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** A page placeholder (letter-size proportions) that mounts its preview once it is near the view. */
function LazyPage({ bytes, page }: { bytes: Uint8Array; page: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(page === 1);
  // Drawn at the width the page has on screen (readable when the preview sits beside the list).
  const [width, setWidth] = useState(320);
  useEffect(() => {
    if (box.current?.clientWidth) setWidth(Math.max(240, Math.min(900, box.current.clientWidth)));
  }, []);
  useEffect(() => {
    if (shown || !box.current || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && setShown(true), { rootMargin: '400px' });
    io.observe(box.current);
    return () => io.disconnect();
  }, [shown]);
  return (
    <div ref={box} className="preview-page">
      {shown ? <PagePreview bytes={bytes} page={page} width={width} /> : null}
    </div>
  );
}
