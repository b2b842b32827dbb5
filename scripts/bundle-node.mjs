// Bundles a TypeScript entry (and the lib/ code it imports) into one ES module for Node 20,
// which cannot run .ts itself. npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} entry path from the repo root @param {string} outfile path from the repo root */
export async function bundleForNode(entry, outfile, options = {}) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': root },
    logLevel: 'warning',
    ...options,
  });
  return join(root, outfile);
}
