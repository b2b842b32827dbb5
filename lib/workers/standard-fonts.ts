/**
 * pdfjs's standard fonts (Foxit and Liberation, shipped with pdfjs-dist under their own licences)
 * for drawing a PDF that names a base-14 font without embedding it: most government forms print
 * their labels in Helvetica or Times that way. Without these, the labels of a form's preview come
 * out blank. Each font is its own chunk, inlined (no fetch at all), loaded only when a page asks
 * for it, and only in the PDF worker.
 */
const FONTS = import.meta.glob<string>('../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', { query: '?inline', import: 'default' });

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Given to pdfjs as `StandardFontDataFactory`: `fetch({ filename })` answers from the bundle. */
export class BundledStandardFonts {
  constructor(_options: { baseUrl?: string | null }) {}

  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    const load = FONTS[`../../node_modules/pdfjs-dist/standard_fonts/${filename}`];
    if (!load) throw new Error(`no bundled standard font named ${filename}`);
    return bytesOfDataUrl(await load());
  }
}
