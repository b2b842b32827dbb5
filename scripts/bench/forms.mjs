// Registers the PDF forms benchmark (scripts/bench/forms-bench.ts) with `npm run bench`.
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';

export async function formsBenchmarks({ report }) {
  const out = await bundleForNode('scripts/bench/forms-bench.ts', '.cache/bench/forms-bench.mjs');
  const { runFormsBenchmarks } = await import(pathToFileURL(out).href);
  await runFormsBenchmarks({ report });
}
