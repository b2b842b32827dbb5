import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseEvent } from '@/lib/model';
import { parseRapSheet, rapSheetToCase } from '@/lib/rapsheet/index';
import { seededRandom } from '../../factories/rapsheet-factory';

// Bounded fuzzing: random damage to the fixtures (deleted, duplicated and swapped lines,
// swapped and replaced characters, truncation, junk bytes) must never throw, must always
// return a well-formed result, and mapped events must stay valid case events.
const dir = join(__dirname, '../../fixtures/rapsheets');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const JUNK = ['*', '-', ':', '#', '/', ' ', '\n', '\f', '0', '9', 'CNT:', 'DISPO:', '* * * *', 'É', '\u0000', '(', ')', 'TOC:', 'COM: CHRG-'];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let lines = text.split('\n');
  const steps = 1 + Math.floor(rnd() * 6);
  for (let s = 0; s < steps; s++) {
    const i = Math.floor(rnd() * lines.length);
    switch (Math.floor(rnd() * 8)) {
      case 0:
        lines.splice(i, 1 + Math.floor(rnd() * 3));
        break;
      case 1:
        lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)] ?? '');
        break;
      case 2: {
        const j = Math.floor(rnd() * lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        break;
      }
      case 3: {
        const l = lines[i] ?? '';
        const k = Math.floor(rnd() * Math.max(1, l.length - 1));
        lines[i] = l.slice(0, k) + (l[k + 1] ?? '') + (l[k] ?? '') + l.slice(k + 2);
        break;
      }
      case 4: {
        const l = lines[i] ?? '';
        const k = Math.floor(rnd() * (l.length + 1));
        lines[i] = l.slice(0, k) + pick(JUNK) + l.slice(k + 1);
        break;
      }
      case 5:
        lines = lines.slice(0, Math.floor(rnd() * lines.length));
        break;
      case 6: {
        const joined = lines.join('\n');
        lines = joined.slice(0, Math.floor(rnd() * joined.length)).split('\n');
        break;
      }
      default:
        lines[i] = (lines[i] ?? '').replace(/\d/g, () => String(Math.floor(rnd() * 10)));
    }
  }
  return lines.join('\n');
}

describe('RAP sheet parser under random damage', () => {
  it('never throws and always returns a result (3000 seeded mutations)', () => {
    const rnd = seededRandom(20240314);
    const started = performance.now();
    let rapSheets = 0;
    for (let n = 0; n < 3000; n++) {
      const input = mutate(sources[n % sources.length]!, rnd);
      let sheet;
      try {
        sheet = parseRapSheet(input);
      } catch (e) {
        throw new Error(`mutation ${n} threw ${(e as Error).stack}\n--- input ---\n${input}`);
      }
      expect(typeof sheet.isRapSheet).toBe('boolean');
      expect(Array.isArray(sheet.cycles)).toBe(true);
      const lineCount = input.split(/\r\n|\r|\n/).length;
      for (const w of sheet.warnings) {
        expect(w.line, w.message).toBeGreaterThanOrEqual(1);
        expect(w.line, w.message).toBeLessThanOrEqual(lineCount);
      }
      const { events, entries } = rapSheetToCase(sheet);
      expect(entries).toHaveLength(events.length);
      for (const e of events) {
        const parsed = CaseEvent.safeParse(e);
        if (!parsed.success) throw new Error(`mutation ${n}: invalid event ${JSON.stringify(e)}\n${parsed.error.message}`);
      }
      if (sheet.isRapSheet) rapSheets++;
    }
    expect(rapSheets).toBeGreaterThan(2000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('survives pathological input without slowing down', () => {
    const nasty = [
      '*'.repeat(100_000),
      '-'.repeat(100_000),
      'CNT:' + '0'.repeat(50_000),
      '1'.repeat(100_000),
      '('.repeat(50_000),
      '647' + '(A)'.repeat(20_000) + ' PC-X',
      'DISPO:' + 'C O N V '.repeat(10_000),
      '\n'.repeat(100_000),
      'CUSTODY:' + 'A '.repeat(50_000),
      '2'.repeat(8) + ' '.repeat(50_000) + 'X',
      Array.from({ length: 20_000 }, () => '* * * *').join('\n'),
    ];
    for (const text of nasty) {
      const t = performance.now();
      const sheet = parseRapSheet(text);
      expect(performance.now() - t, text.slice(0, 20)).toBeLessThan(2000);
      expect(() => rapSheetToCase(sheet)).not.toThrow();
    }
  });
});
