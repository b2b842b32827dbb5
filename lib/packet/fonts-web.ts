/**
 * Font bytes for the extension: the Liberation Serif copies shipped in public/fonts/ (SIL OFL 1.1,
 * licence beside them), read from the extension's own origin. `url` is passed in (in the side
 * panel: `(p) => browser.runtime.getURL(p)`) so this module needs no browser API and never
 * touches the network.
 */
import type { FontBytes } from './pdf';

export async function loadBundledFonts(url: (path: string) => string): Promise<FontBytes> {
  const get = async (name: string) => {
    const u = url(`/fonts/${name}`);
    // Only the extension's own packaged files: a web address here would be a network request.
    if (/^(https?|wss?|ftp):/i.test(u)) throw new Error(`refusing to load a font from the network (${u})`);
    const res = await fetch(u);
    if (!res.ok) throw new Error(`could not load the bundled font ${name} (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get('LiberationSerif-Regular.ttf'), get('LiberationSerif-Bold.ttf')]);
  return { regular, bold };
}
