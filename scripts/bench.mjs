// `npm run bench`: the product's performance budgets, measured for real.
//   node scripts/bench.mjs            all benchmarks
//   node scripts/bench.mjs panel      only those whose name contains "panel"
// Prints one line per figure: name, value, unit, budget, ok/OVER. Also writes
// bench-results/latest.json. Exits 0 even when a figure is over budget (a benchmark
// reports; the tests decide), unless --strict is given.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { bundleForNode } from './bundle-node.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSizes } from './bench/build-sizes.mjs';
import { panelBenchmarks } from './bench/panel.mjs';
import { overviewBenchmarks } from './bench/overview.mjs';
import { formsBenchmarks } from './bench/forms.mjs';
import { autofillBenchmarks } from './bench/autofill-bench.mjs';
import { autofillChromiumBenchmarks } from './bench/autofill-chromium.mjs';
import { exhibitSaveBenchmark } from './bench/exhibit-save.mjs';
import { csvStreamBenchmarks } from './bench/csv-stream.mjs';
import { packetInputDelayBenchmark } from './bench/packet-input-delay.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Each benchmark starts from a collected heap (medianMs calls gc() first), so one benchmark's
// garbage is not charged to the next: rerun this script with --expose-gc when it was not given.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const filter = args.filter((a) => !a.startsWith('--'));
const wanted = (name) => !filter.length || filter.some((f) => name.includes(f));

// Sizes are measured on the store build; the panel benchmarks load the test build (the same
// code; it may also open the loopback portal replicas).
for (const [dir, buildArgs] of [['.output/chrome-mv3', ['wxt', 'build']], ['.output/chrome-mv3-test', ['wxt', 'build', '--mode', 'test']]]) {
  if (!existsSync(join(root, dir, 'manifest.json')) || args.includes('--rebuild')) {
    console.log(`building ${dir} …`);
    // NODE_ENV=production for the test build too: WXT sets it to the mode, which means React's dev build.
    spawnSync('npx', buildArgs, { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  }
}

const figures = [];
const report = (f) => {
  figures.push(f);
  const verdict = f.budget === undefined ? '' : f.value <= f.budget ? 'ok' : 'OVER';
  const budget = f.budget === undefined ? '' : `budget ${f.budget} ${f.unit}`;
  console.log(`${f.name.padEnd(52)} ${String(f.value).padStart(10)} ${f.unit.padEnd(4)} ${budget.padEnd(20)} ${verdict}`);
};

// Library benchmarks run in Node over the real lib/ code, bundled like the CLI.
async function nodeBenchmarks() {
  const out = await bundleForNode('scripts/bench/node-bench.ts', '.cache/bench/node-bench.mjs');
  await bundleForNode('scripts/bench/packet-bench.ts', '.cache/bench/packet-bench.mjs');
  const { runNodeBenchmarks } = await import(pathToFileURL(out).href);
  await runNodeBenchmarks({ wanted, report, root });
}

console.log(`${'figure'.padEnd(52)} ${'value'.padStart(10)} unit budget`);
if (wanted('size')) for (const f of buildSizes(root)) report(f);
await nodeBenchmarks();
if (wanted('autofill')) await autofillBenchmarks({ report, root });
if (wanted('autofill') || wanted('Chromium')) await autofillChromiumBenchmarks({ report, root });
if (wanted('forms')) await formsBenchmarks({ report });
if (wanted('panel') || wanted('vault')) await panelBenchmarks({ report, wanted });
if (wanted('panel: overview') || wanted('panel: tab switch')) await overviewBenchmarks({ report });
if (wanted('exhibit-save')) await exhibitSaveBenchmark({ report });
if (wanted('csv-stream')) await csvStreamBenchmarks({ report, root });
if (wanted('packet-input-delay')) await packetInputDelayBenchmark({ report });

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify({ at: new Date().toISOString(), figures }, null, 2));
const over = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
console.log(over.length ? `\n${over.length} figure(s) over budget: ${over.map((f) => f.name).join(', ')}` : '\nall figures within budget');
process.exit(strict && over.length ? 1 : 0);
