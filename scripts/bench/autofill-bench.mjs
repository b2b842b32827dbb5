// Registers the autofill benchmarks (scripts/bench/autofill-bench.ts) with `npm run bench`.
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';

export async function autofillBenchmarks({ report, root }) {
  const out = await bundleForNode('scripts/bench/autofill-bench.ts', '.cache/bench/autofill-bench.mjs');
  const { runAutofillBenchmarks } = await import(pathToFileURL(out).href);
  await runAutofillBenchmarks({ report, root });
}
