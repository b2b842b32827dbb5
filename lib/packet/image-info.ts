/**
 * Recognises exhibit files by their first bytes and reads what a PDF needs from a PNG without
 * decoding its pixels: a non-interlaced 8-bit PNG's IDAT data is already a zlib stream with PNG
 * row filters, which PDF's FlateDecode reads directly with /Predictor 15 (PDF 32000-1, 7.4.4.4).
 * Passing it through keeps scanned exhibits fast to embed and the packet no bigger than its parts.
 */

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'unknown';

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // "%PDF" may follow a little junk (some scanners write a header); look in the first 1 KB.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46) return 'pdf';
  }
  return 'unknown';
}

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA. */
  colorType: number;
  interlaced: boolean;
  palette?: Uint8Array;
  hasTransparency: boolean;
  /** The IDAT chunks joined: one zlib stream. */
  idat: Uint8Array;
}

/** Reads a PNG's header, palette and image data. Returns undefined for a damaged file. */
export function readPng(bytes: Uint8Array): PngInfo | undefined {
  if (sniffFileKind(bytes) !== 'png') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let info: Omit<PngInfo, 'idat' | 'hasTransparency'> | undefined;
  let hasTransparency = false;
  const idat: Uint8Array[] = [];
  while (pos + 8 <= bytes.length) {
    const len = view.getUint32(pos);
    const type = String.fromCharCode(bytes[pos + 4]!, bytes[pos + 5]!, bytes[pos + 6]!, bytes[pos + 7]!);
    const data = bytes.subarray(pos + 8, pos + 8 + len);
    if (data.length < len) return undefined;
    if (type === 'IHDR') {
      info = {
        width: view.getUint32(pos + 8),
        height: view.getUint32(pos + 12),
        bitDepth: data[8]!,
        colorType: data[9]!,
        interlaced: data[12] === 1,
      };
    } else if (type === 'PLTE' && info) info.palette = data;
    else if (type === 'tRNS') hasTransparency = true;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (!info || idat.length === 0 || info.width === 0 || info.height === 0) return undefined;
  const total = idat.reduce((n, c) => n + c.length, 0);
  const joined = idat.length === 1 ? idat[0]! : new Uint8Array(total);
  if (idat.length > 1) {
    let o = 0;
    for (const c of idat) {
      joined.set(c, o);
      o += c.length;
    }
  }
  return { ...info, hasTransparency, idat: joined };
}

/** True when the PNG's data can go into the PDF as it is (no alpha, no interlace, 8-bit or palette). */
export function pngPassesThrough(p: PngInfo): boolean {
  if (p.interlaced || p.hasTransparency) return false;
  if (p.colorType === 0 || p.colorType === 2) return p.bitDepth === 8;
  if (p.colorType === 3) return !!p.palette && [1, 2, 4, 8].includes(p.bitDepth);
  return false;
}

/** Width and height of a baseline or progressive JPEG, from its SOFn marker. */
export function readJpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let pos = 2;
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    const len = (bytes[pos + 2]! << 8) | bytes[pos + 3]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      return { height: (bytes[pos + 5]! << 8) | bytes[pos + 6]!, width: (bytes[pos + 7]! << 8) | bytes[pos + 8]! };
    }
    pos += 2 + len;
  }
  return undefined;
}

/**
 * Width and height from a PNG's IHDR (the first chunk, bytes 16-23) or a JPEG's SOFn marker,
 * without reading further or decoding a pixel: how the pixel limit (limits.ts) is checked before
 * anything allocates for the image. Undefined for other files or a header too short to read.
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const kind = sniffFileKind(bytes);
  if (kind === 'jpeg') return readJpegSize(bytes);
  if (kind !== 'png' || bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
