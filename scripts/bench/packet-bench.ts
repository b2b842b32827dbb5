// Builds the packet benchmark input and assembles it; prints one JSON line with the figures.
// Run in its own process (scripts/bench/node-bench.ts) so that max RSS is the build's alone.
import { performance } from 'node:perf_hooks';
import { assemblePacket } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { buildPacketBenchInput } from '../../tests/factories/packet-bench';

const input = buildPacketBenchInput();
const fonts = loadNodeFonts();
const run = () => assemblePacket(input.body, { asOf: input.asOf, selection: input.selection, exhibits: input.exhibits, fonts });

await run(); // warm-up: font parsing, JIT
const times: number[] = [];
let result = await run();
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  result = await run();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);

// Size: each combined PDF against the exhibits' own bytes plus the same packet built with no
// exhibit files (its generated pages and slip sheets alone).
const bare = await assemblePacket(input.body, { asOf: input.asOf, selection: input.selection, exhibits: new Map(), fonts });
let ratio = 0;
let largest = 0;
for (const p of result.packets) {
  const generated = bare.packets.find((b) => b.county === p.county)!.combined.bytes.length;
  ratio = Math.max(ratio, p.combined.bytes.length / (input.exhibitBytes + generated));
  largest = Math.max(largest, p.combined.bytes.length);
}
const pages = result.packets.reduce((n, p) => n + p.combined.pages, 0);
console.log(
  JSON.stringify({
    ms: Math.round(times[1]!),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    sizeRatio: Math.round(ratio * 10000) / 10000,
    largestMb: Math.round((largest / 1048576) * 100) / 100,
    exhibitsMb: Math.round((input.exhibitBytes / 1048576) * 100) / 100,
    pages,
  }),
);
