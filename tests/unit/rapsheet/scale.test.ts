import { describe, expect, it } from 'vitest';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet/index';
import { syntheticRapSheet, syntheticRapSheetOfSize } from '../../factories/rapsheet-factory';

describe('synthetic RAP sheets at scale', () => {
  it('the factory is deterministic and about 1,000 cycles per MB', () => {
    expect(syntheticRapSheet({ cycles: 20, seed: 3 }).text).toBe(syntheticRapSheet({ cycles: 20, seed: 3 }).text);
    const { text, expected } = syntheticRapSheetOfSize(1024 * 1024, 7);
    expect(text.length).toBeGreaterThanOrEqual(1024 * 1024);
    expect(expected.cycles).toBeGreaterThan(700);
    expect(expected.cycles).toBeLessThan(2000);
  });

  it('reads every conviction and arrest of a 1 MB sheet, without warnings, in bounded time', () => {
    const { text, expected } = syntheticRapSheetOfSize(1024 * 1024, 11);
    parseRapSheet(text); // warm up the JIT
    const t = performance.now();
    const sheet = parseRapSheet(text);
    const elapsed = performance.now() - t;
    expect(sheet.warnings).toEqual([]);
    expect(sheet.cycles).toHaveLength(expected.cycles);
    const { events } = rapSheetToCase(sheet);
    expect(events.filter((e) => e.kind === 'conviction')).toHaveLength(expected.convictions);
    expect(events.filter((e) => e.kind === 'arrest')).toHaveLength(expected.arrests);
    // The budget is 100 ms (scripts/bench.mjs measures it); this bound only catches blow-ups
    // without failing on a busy CI machine.
    expect(elapsed).toBeLessThan(1500);
  });
});
