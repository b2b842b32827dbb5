// Library benchmarks in Node. Each entry measures real lib/ code on generated input.
import { performance } from 'node:perf_hooks';

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
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

export async function runNodeBenchmarks(ctx: Ctx): Promise<void> {
  void ctx;
}
