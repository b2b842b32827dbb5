// Bundles the CLI (lib/cli/node-io.ts and the lib/ it imports) into .cache/cli/vacatur.mjs.
// npm packages stay external and load from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await build({
    entryPoints: [join(root, 'lib/cli/node-io.ts')],
    outfile: join(root, '.cache/cli/vacatur.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': root },
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
    sourcemap: 'inline',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
