/**
 * `data:` URLs, the form an exhibit file takes inside a self-contained case file (DESIGN.md § 6)
 * and on its way between the side panel and the background (runtime messages carry JSON, so
 * bytes travel as base64). Pure: used by the store, the packet and the panel alike.
 */

/** Decodes a `data:` URL (base64 or %-escaped); undefined when `s` is not one or is malformed. */
export function decodeDataUrl(s: string): Uint8Array | undefined {
  const comma = s.indexOf(',');
  if (!s.startsWith('data:') || comma < 0) return undefined;
  const head = s.slice(5, comma);
  const body = s.slice(comma + 1);
  try {
    if (!/;base64$/i.test(head)) return new TextEncoder().encode(decodeURIComponent(body));
    const bin = atob(/\s/.test(body) ? body.replace(/\s+/g, '') : body);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * `decodeDataUrl` for a large base64 URL in a page: decodes about 3 MB at a time and lets the
 * page handle input between slices, so reading a 25 MB exhibit back does not freeze typing.
 */
export async function decodeDataUrlInSlices(s: string, slice = 4 * 1024 * 1024): Promise<Uint8Array | undefined> {
  const comma = s.indexOf(',');
  if (!s.startsWith('data:') || comma < 0 || !/;base64$/i.test(s.slice(5, comma)) || /\s/.test(s.slice(comma + 1, comma + 200))) return decodeDataUrl(s);
  const body = s.slice(comma + 1);
  const step = slice - (slice % 4);
  const pad = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((body.length / 4) * 3 - pad);
  let at = 0;
  try {
    for (let i = 0; i < body.length; i += step) {
      const bin = atob(body.slice(i, i + step));
      for (let j = 0; j < bin.length; j++) out[at++] = bin.charCodeAt(j);
      if (i + step < body.length) await new Promise((next) => setTimeout(next, 0));
    }
  } catch {
    return undefined;
  }
  return at === out.length ? out : undefined;
}

/** The media type a `data:` URL declares ('' when it declares none). */
export function dataUrlType(s: string): string {
  const m = /^data:([^;,]*)/.exec(s.slice(0, 300));
  return (m?.[1] ?? '').trim().toLowerCase();
}

/**
 * Encodes bytes as a base64 `data:` URL.
 * @example encodeDataUrl(new Uint8Array([37, 80, 68, 70]), 'application/pdf') // 'data:application/pdf;base64,JVBERg=='
 */
export function encodeDataUrl(bytes: Uint8Array, type: string): string {
  const parts: string[] = [];
  // 48 KiB slices: a multiple of 3 bytes, so each slice encodes without padding and they join.
  for (let i = 0; i < bytes.length; i += 0xc000) {
    let s = '';
    const slice = bytes.subarray(i, i + 0xc000);
    for (let j = 0; j < slice.length; j += 0x2000) s += String.fromCharCode(...slice.subarray(j, j + 0x2000));
    parts.push(btoa(s));
  }
  return `data:${type || 'application/octet-stream'};base64,${parts.join('')}`;
}

/** How many bytes a base64 data URL of `chars` characters can hold at most (for size checks before decoding). */
export function maxDecodedBytes(chars: number): number {
  return Math.floor((chars * 3) / 4);
}
