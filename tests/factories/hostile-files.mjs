// Hostile and huge inputs for the limits (issue 12), made by hand in milliseconds, no library:
// a PDF with a 20,000-page tree, a PNG whose header claims 40000 × 40000 pixels over a body of a
// few bytes (a "decompression bomb" would need 4.8 GB to decode), and a PDF cut short.
// Plain .mjs so the unit tests (vitest) and the Chromium end-to-end tests share it.
import { deflateSync } from 'node:zlib';

/** A valid PDF of `pages` blank letter pages, written out with its cross-reference table. */
export function manyPagePdf(pages, text = '') {
  const parts = ['%PDF-1.4\n'];
  const offsets = [];
  let pos = parts[0].length;
  const add = (s) => {
    offsets.push(pos);
    parts.push(s);
    pos += s.length;
  };
  const first = 4; // objects 1 catalog, 2 pages, 3 font; pages from 4, one content stream shared
  const content = text ? `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET` : '';
  add('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  add(`2 0 obj\n<< /Type /Pages /Count ${pages} /Kids [${kids}] >>\nendobj\n`);
  add('3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>\nendobj\n');
  const contentRef = first + pages;
  for (let i = 0; i < pages; i++) {
    add(`${first + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>\nendobj\n`);
  }
  add(`${contentRef} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`);
  const xref = pos;
  let table = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) table += `${String(o).padStart(10, '0')} 00000 n \n`;
  parts.push(`${table}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A well-formed PNG header claiming width × height RGB pixels, with a tiny IDAT (one row's worth). */
export function pngBomb(width = 40000, height = 40000) {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = new Uint8Array(deflateSync(new Uint8Array(1 + Math.min(width, 64) * 3)));
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The first `fraction` of a PDF: no cross-reference table, no trailer, pages cut off. */
export function truncatedPdf(fraction = 0.4) {
  const whole = manyPagePdf(40, 'CUT SHORT');
  return whole.slice(0, Math.floor(whole.length * fraction));
}
