// Bundles the CLI (lib/cli/node-io.ts and the lib/ it imports) into .cache/cli/vacatur.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode, root } from './bundle-node.mjs';

export async function buildCli() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await bundleForNode('lib/cli/node-io.ts', '.cache/cli/vacatur.mjs', { define: { __VERSION__: JSON.stringify(version) }, sourcemap: 'inline' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
