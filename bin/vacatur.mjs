#!/usr/bin/env node
// Launcher for the `vacatur` CLI. The CLI is TypeScript in lib/cli/ over the same lib/ the
// extension uses; Node 20 cannot run .ts directly, so we bundle it with esbuild into
// .cache/cli/ whenever a source file is newer than the bundle (about 100 ms), then run it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.cache', 'cli', 'vacatur.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|tsx|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, 'lib'));
if (stale) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
const { runFromProcess } = await import(pathToFileURL(bundle).href);
await runFromProcess();
