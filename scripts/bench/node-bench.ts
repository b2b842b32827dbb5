// Library benchmarks in Node. Each entry measures real lib/ code on generated input.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { screen } from '@/lib/law';
import { CaseBody, type CaseEvent } from '@/lib/model';
import { parseRapSheet } from '@/lib/rapsheet';
import { syntheticRapSheetOfSize } from '../../tests/factories/rapsheet-factory';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}
interface Ctx {
  wanted(name: string): boolean;
  report(f: Figure): void;
  root: string;
}

/** Median of `runs` timings of `fn`, after `warmup` untimed runs. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  // Start each benchmark from a collected heap, so it is not charged with the previous one's
  // garbage (as mitata does between benchmarks); runs within a benchmark share the heap.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]!);
}

const round = (x: number) => Math.round(x * 100) / 100;

// A spread of real sections: nonviolent, violent (667.5(c)), serious, wobblers, federal, unknown.
const OFFENSES: [string, string, CaseEvent['level']][] = [
  ['PC', '647(b)', 'M'], ['HS', '11350(a)', 'F'], ['HS', '11377(a)', 'M'], ['PC', '484(a)', 'M'], ['PC', '459', 'F'],
  ['PC', '211', 'F'], ['PC', '245(a)(1)', 'F'], ['PC', '148.9(a)', 'M'], ['VC', '14601.1(a)', 'M'], ['PC', '653.22(a)', 'M'],
  ['PC', '261(a)(2)', 'F'], ['PC', '451(d)', 'F'], ['PC', '664/187', 'F'], ['PC', '266h', 'F'], ['USC', '18 1591', 'F'],
  ['PC', '9999.9', ''], ['PC', '243(e)(1)', 'M'], ['PC', '530.5', 'F'], ['PC', '470(d)', 'F'], ['BP', '25658(a)', 'M'],
];

export function screeningInput(n: number): CaseBody {
  const kinds: CaseEvent['kind'][] = ['conviction', 'arrest', 'conviction', 'adjudication'];
  const events = Array.from({ length: n }, (_, i) => {
    const [code, section, level] = OFFENSES[i % OFFENSES.length]!;
    const day = new Date(Date.UTC(2005, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10);
    return { id: `e${i}`, kind: kinds[i % kinds.length]!, date: i % 97 === 0 ? '' : day, code, section, level, county: 'Los Angeles' };
  });
  return CaseBody.parse({ client: { dob: '1990-01-01' }, trafficking: { periods: [{ from: '2006-01-01', to: '2011-06-30' }, { from: '2013-01-01', to: '2015-12-31' }] }, events });
}

export async function runNodeBenchmarks(ctx: Ctx): Promise<void> {
  if (ctx.wanted('screen')) {
    const body = screeningInput(10_000);
    ctx.report({ name: 'screen: 10,000 events (median of 9)', value: await medianMs(() => screen(body, { asOf: '2026-11-29' }), 9, 3), unit: 'ms', budget: 50 });
  }
  if (ctx.wanted('rapsheet')) {
    const one = syntheticRapSheetOfSize(1_000_000).text;
    const two = syntheticRapSheetOfSize(2_000_000).text;
    const t1 = await medianMs(() => parseRapSheet(one), 9, 5);
    const t2 = await medianMs(() => parseRapSheet(two), 9, 3);
    ctx.report({ name: `rapsheet: parse 1 MB sheet (${parseRapSheet(one).cycles.length} cycles)`, value: t1, unit: 'ms', budget: 100 });
    ctx.report({ name: 'rapsheet: parse 2 MB sheet', value: t2, unit: 'ms', budget: 200 });
    ctx.report({ name: 'rapsheet: 2 MB time / 1 MB time (linear = 2)', value: round(t2 / t1), unit: 'x', budget: 2.4 });
  }
  if (ctx.wanted('packet')) {
    // In its own process, so peak memory is the packet build's alone.
    const r = spawnSync(process.execPath, [join(ctx.root, '.cache/bench/packet-bench.mjs')], { encoding: 'utf8', cwd: ctx.root });
    if (r.status !== 0) throw new Error(`packet bench failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; peakMb: number; sizeRatio: number; pages: number; largestMb: number; exhibitsMb: number };
    ctx.report({ name: `packet: 12 matters, 3 counties, 40 exhibit pages (median of 3)`, value: m.ms, unit: 'ms', budget: 2000 });
    ctx.report({ name: 'packet: peak memory (process max RSS)', value: m.peakMb, unit: 'MB', budget: 500 });
    ctx.report({ name: `packet: largest combined PDF (exhibits ${m.exhibitsMb} MB)`, value: m.largestMb, unit: 'MB' });
    ctx.report({ name: 'packet: largest combined PDF / (exhibits + generated pages)', value: m.sizeRatio, unit: 'x', budget: 1.1 });
  }
}
