/**
 * Deterministic exhibit files for tests and benchmarks, made without any image or PDF library:
 * a grey "scanned page" PNG (node:zlib), the same as a baseline JPEG (a small encoder with the
 * standard tables of ITU T.81 Annex K), and a text-only PDF written by hand.
 */
import { deflateSync } from 'node:zlib';

import { seededRandom as rng } from './seeded-random';

/**
 * A page that looks scanned: off-white paper with grain, dark "text" bars, a darker smudge.
 * `grain` (0-255) sets how noisy the paper is, and so roughly the compressed size.
 */
export function scannedPixels(width: number, height: number, seed: number, grain = 24): Uint8Array {
  const rand = rng(seed);
  const px = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const inLine = Math.floor(y / 22) % 2 === 0 && y > height * 0.1 && y < height * 0.9;
    const lineEnd = width * (0.55 + 0.35 * ((Math.sin(y / 22) + 1) / 2));
    for (let x = 0; x < width; x++) {
      let v = 235 - Math.floor(rand() * grain);
      if (inLine && x > width * 0.1 && x < lineEnd && rand() < 0.55) v = 40 + Math.floor(rand() * 60);
      px[y * width + x] = v;
    }
  }
  return px;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit greyscale PNG (filter "none" on every row). */
export function makePng(width: number, height: number, seed: number, grain = 24): Uint8Array {
  const px = scannedPixels(width, height, seed, grain);
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(px.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 6 }))), chunk('IEND', new Uint8Array())];
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---- baseline greyscale JPEG ----

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30,
  37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];
const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35,
  55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_VALS = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1,
  0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39,
  0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75,
  0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8,
  0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];

function huffCodes(bits: number[], vals: number[]): Map<number, [number, number]> {
  const map = new Map<number, [number, number]>();
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let i = 0; i < bits[len - 1]!; i++) map.set(vals[k++]!, [code++, len]);
    code <<= 1;
  }
  return map;
}

/** A baseline JPEG of the same "scanned page", greyscale, at `quality` (1-100). */
export function makeJpeg(width: number, height: number, seed: number, quality = 75, grain = 24): Uint8Array {
  const px = scannedPixels(width, height, seed, grain);
  const scale = quality < 50 ? 5000 / quality : 200 - quality * 2;
  const q = LUMA_Q.map((v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))));
  const dc = huffCodes(DC_BITS, DC_VALS);
  const ac = huffCodes(AC_BITS, AC_VALS);
  const out: number[] = [];
  let acc = 0;
  let nbits = 0;
  const put = (code: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) {
      acc = (acc << 1) | ((code >> i) & 1);
      if (++nbits === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        nbits = 0;
      }
    }
  };
  const category = (v: number) => (v === 0 ? 0 : 32 - Math.clz32(Math.abs(v)));
  const bitsOf = (v: number, n: number) => (v < 0 ? v + (1 << n) - 1 : v);
  const cos = Array.from({ length: 64 }, (_, i) => Math.cos(((2 * (i >> 3) + 1) * (i & 7) * Math.PI) / 16));
  const block = new Float64Array(64);
  const tmp = new Float64Array(64);
  let prevDc = 0;
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) block[y * 8 + x] = px[Math.min(height - 1, by + y) * width + Math.min(width - 1, bx + x)]! - 128;
      // Separable 2-D DCT-II.
      for (let y = 0; y < 8; y++)
        for (let u = 0; u < 8; u++) {
          let s = 0;
          for (let x = 0; x < 8; x++) s += block[y * 8 + x]! * cos[x * 8 + u]!;
          tmp[y * 8 + u] = s * (u === 0 ? Math.SQRT1_2 : 1) * 0.5;
        }
      const coef = new Int32Array(64);
      for (let u = 0; u < 8; u++)
        for (let v = 0; v < 8; v++) {
          let s = 0;
          for (let y = 0; y < 8; y++) s += tmp[y * 8 + u]! * cos[y * 8 + v]!;
          const val = s * (v === 0 ? Math.SQRT1_2 : 1) * 0.5;
          coef[v * 8 + u] = Math.round(val / q[v * 8 + u]!);
        }
      const diff = coef[0]! - prevDc;
      prevDc = coef[0]!;
      const dcCat = category(diff);
      const [dcCode, dcLen] = dc.get(dcCat)!;
      put(dcCode, dcLen);
      if (dcCat) put(bitsOf(diff, dcCat), dcCat);
      let run = 0;
      for (let k = 1; k < 64; k++) {
        const v = coef[ZIGZAG[k]!]!;
        if (v === 0) {
          run++;
          continue;
        }
        while (run > 15) {
          const [c, l] = ac.get(0xf0)!;
          put(c, l);
          run -= 16;
        }
        const cat = category(v);
        const [c, l] = ac.get((run << 4) | cat)!;
        put(c, l);
        put(bitsOf(v, cat), cat);
        run = 0;
      }
      if (run > 0) {
        const [c, l] = ac.get(0x00)!;
        put(c, l);
      }
    }
  }
  if (nbits > 0) put(0x7f, 8 - nbits);
  const seg = (marker: number, data: number[]) => [0xff, marker, ((data.length + 2) >> 8) & 0xff, (data.length + 2) & 0xff, ...data];
  const dht = (cls: number, bits: number[], vals: number[]) => seg(0xc4, [cls, ...bits, ...vals]);
  const header = [
    0xff, 0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xdb, [0, ...ZIGZAG.map((z) => q[z]!)]),
    ...seg(0xc0, [8, (height >> 8) & 0xff, height & 0xff, (width >> 8) & 0xff, width & 0xff, 1, 1, 0x11, 0]),
    ...dht(0x00, DC_BITS, DC_VALS),
    ...dht(0x10, AC_BITS, AC_VALS),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
  ];
  return concat([new Uint8Array(header), new Uint8Array(out), new Uint8Array([0xff, 0xd9])]);
}

// ---- a text PDF written by hand ----

/** A letter-size PDF of `pages` pages, each with a line of text (standard Helvetica, not embedded). */
export function makePdf(pages: number, label = 'Exhibit page'): Uint8Array {
  const objects: string[] = [];
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let i = 0; i < pages; i++) {
    const text = `BT /F1 18 Tf 72 700 Td (${label} ${i + 1} of ${pages}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
