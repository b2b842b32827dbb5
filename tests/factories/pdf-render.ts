import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Renders page 1 of a PDF with poppler's pdftoppm as 8-bit grey pixels (P5 PGM at `dpi`). */
export function renderPage1Gray(bytes: Uint8Array, dpi = 50): { w: number; h: number; px: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const pdf = join(dir, 'doc.pdf');
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', pdf, join(dir, 'p')]);
  const pgm = readFileSync(join(dir, 'p-1.pgm'));
  // P5 header: "P5\n<w> <h>\n255\n".
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  return { w, h, px: new Uint8Array(pgm.subarray(pgm.length - w * h)) };
}
