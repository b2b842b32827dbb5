/**
 * Byte helpers shared by the crypto modules. `Bytes` is a Uint8Array over a plain ArrayBuffer:
 * the only kind WebCrypto's TypeScript types accept as a BufferSource.
 */
export type Bytes = Uint8Array<ArrayBuffer>;

export function randomBytes(n: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

export function utf8(s: string): Bytes {
  return new TextEncoder().encode(s) as Bytes;
}

export function fromUtf8(b: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(b);
}

/** A copy over a fresh ArrayBuffer (rows read back from IndexedDB may come typed loosely). */
export function bytes(b: Uint8Array | ArrayBuffer): Bytes {
  return new Uint8Array(b instanceof ArrayBuffer ? b.slice(0) : b) as Bytes;
}

/** Overwrites key material we no longer need, so it does not linger in the heap longer than required. */
export function wipe(b: Uint8Array | undefined): void {
  b?.fill(0);
}

export function toBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Decodes standard base64; throws on anything else (a damaged file should not decode to garbage silently). */
export function fromBase64(s: string): Bytes {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('not base64');
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out as Bytes;
}
