/**
 * A ZIP archive of files stored as they are (method 0, no compression): the packet's PDFs are
 * already compressed, so storing keeps "Download all" instant and the code small enough to read.
 * Names are UTF-8 (general purpose flag bit 11). No ZIP64: the whole archive must stay under
 * 4 GiB, far above any packet (exhibits are capped per file). Pure: bytes in, bytes out.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3), as ZIP and PNG use it. @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** DOS date and time of `date` (local fields, as unzip tools show them). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * @example zip([{ name: 'a.pdf', bytes }], new Date(2026, 11, 2)) // Uint8Array starting "PK\x03\x04"
 * @throws when two entries share a name (an archive tool would silently keep one).
 */
export function zip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const names = new Set<string>();
  const encoder = new TextEncoder();
  const { time, day } = dosDateTime(modified);
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if (names.has(e.name)) throw new Error(`two files named "${e.name}" in one archive`);
    names.add(e.name);
    const name = encoder.encode(e.name);
    const crc = crc32(e.bytes);
    const head = new Uint8Array(30 + name.length);
    const h = new DataView(head.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true); // version needed
    h.setUint16(6, 0x0800, true); // UTF-8 names
    h.setUint16(8, 0, true); // stored
    h.setUint16(10, time, true);
    h.setUint16(12, day, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, e.bytes.length, true);
    h.setUint32(22, e.bytes.length, true);
    h.setUint16(26, name.length, true);
    head.set(name, 30);
    local.push(head, e.bytes);

    const dir = new Uint8Array(46 + name.length);
    const d = new DataView(dir.buffer);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(4, 20, true); // version made by
    d.setUint16(6, 20, true);
    d.setUint16(8, 0x0800, true);
    d.setUint16(10, 0, true);
    d.setUint16(12, time, true);
    d.setUint16(14, day, true);
    d.setUint32(16, crc, true);
    d.setUint32(20, e.bytes.length, true);
    d.setUint32(24, e.bytes.length, true);
    d.setUint16(28, name.length, true);
    d.setUint32(42, offset, true);
    dir.set(name, 46);
    central.push(dir);
    offset += head.length + e.bytes.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + end.length);
  let at = 0;
  for (const part of [...local, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
