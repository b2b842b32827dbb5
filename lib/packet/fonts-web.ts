/**
 * Font bytes for the extension: Liberation Serif (SIL OFL 1.1, licence in fonts/) inlined into
 * the lazily loaded packet chunk at build time, so building a PDF in the side panel reads no
 * file and makes no request of any kind.
 */
import bold from './fonts/LiberationSerif-Bold.ttf?inline';
import regular from './fonts/LiberationSerif-Regular.ttf?inline';
import { decodeDataUrl } from './exhibits';
import type { FontBytes } from './pdf';

export function loadBundledFonts(): FontBytes {
  const r = decodeDataUrl(regular);
  const b = decodeDataUrl(bold);
  if (!r) throw new Error('the bundled font is missing from this build');
  return { regular: r, ...(b ? { bold: b } : {}) };
}
