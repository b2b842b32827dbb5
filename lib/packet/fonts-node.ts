/**
 * Font bytes for Node (CLI, tests, benchmarks): the system's Liberation Serif when installed
 * (Debian fonts-liberation2), else the copy the extension bundles in lib/packet/fonts/. DejaVu Sans,
 * when present, is added as a fallback for scripts Liberation lacks (Arabic, for one).
 * Never reaches the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontBytes } from './pdf';

const SYSTEM = '/usr/share/fonts/truetype/liberation2';
const FALLBACKS = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'];

function bundledDir(): string[] {
  const dirs = [join(process.cwd(), 'lib/packet/fonts')];
  try {
    // lib/packet/ → lib/packet/fonts (tests); .cache/cli/ → repo root/lib/packet/fonts (CLI bundle).
    const here = dirname(fileURLToPath(import.meta.url));
    dirs.push(join(here, 'fonts'), join(here, '../../lib/packet/fonts'));
  } catch {
    // import.meta.url unavailable: the cwd candidate is enough.
  }
  return dirs;
}

function find(name: string): string | undefined {
  for (const dir of [SYSTEM, ...bundledDir()]) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

let cached: FontBytes | undefined;

/**
 * Loads Liberation Serif regular and bold (and fallbacks). Throws a clear error when no copy is found.
 * @example const fonts = loadNodeFonts(); await assemblePacket(body, { asOf, fonts })
 */
export function loadNodeFonts(): FontBytes {
  if (cached) return cached;
  const regular = find('LiberationSerif-Regular.ttf');
  const bold = find('LiberationSerif-Bold.ttf');
  if (!regular) throw new Error('Liberation Serif not found: install fonts-liberation2 or keep lib/packet/fonts/LiberationSerif-Regular.ttf');
  cached = {
    regular: new Uint8Array(readFileSync(regular)),
    ...(bold ? { bold: new Uint8Array(readFileSync(bold)) } : {}),
    fallbacks: FALLBACKS.filter((p) => existsSync(p)).map((p) => new Uint8Array(readFileSync(p))),
  };
  return cached;
}
