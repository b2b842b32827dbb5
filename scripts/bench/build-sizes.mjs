// Gzipped sizes of what the browser loads: the side panel's initial JavaScript (the entry
// module and everything it imports statically, per the modulepreload links) and each
// content script.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

export function buildSizes(root) {
  const dir = join(root, '.output/chrome-mv3');
  const html = readFileSync(join(dir, 'sidepanel.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set(scripts)].map((s) => join(dir, s.replace(/^\//, '')));
  const panel = files.reduce((sum, f) => sum + gz(f), 0);
  const figures = [{ name: 'size: side panel initial JS (gzip)', value: kb(panel), unit: 'KB', budget: 250 }];
  const csDir = join(dir, 'content-scripts');
  if (existsSync(csDir)) {
    for (const f of readdirSync(csDir).filter((n) => n.endsWith('.js'))) {
      figures.push({ name: `size: content script ${f} (gzip)`, value: kb(gz(join(csDir, f))), unit: 'KB', budget: 30 });
    }
  }
  figures.push({ name: 'size: background.js (gzip)', value: kb(gz(join(dir, 'background.js'))), unit: 'KB' });
  return figures;
}
