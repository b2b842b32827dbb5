// @vitest-environment node
/**
 * Issue 11, packet guard: a petition is "submitted under penalty of perjury" (Pen. Code
 * § 236.14(b)) and says each offense is nonviolent ((t)(1)) and was committed while trafficked
 * ((a), (g)(1)); so only screening candidates go in. Anything else is refused with the reason,
 * unless an attorney override is recorded on the case, which is then printed as a warning.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { nodeIo } from '@/lib/cli/node-io';
import { assemblePacket, guardMatters, selectionFor } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { sampleBody } from './helpers';

const ASOF = '2026-12-02';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { ...nodeIo(), out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function writeCase(mutate: (c: { case: { events: Record<string, unknown>[] } }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'guard-'));
  const file = JSON.parse(readFileSync('lib/sample/sample-case.json', 'utf8'));
  mutate(file);
  writeFileSync(join(dir, 'case.json'), JSON.stringify(file));
  return dir;
}

describe('guardMatters (Pen. Code § 236.14(b), (t)(1))', () => {
  it('allows candidates, refuses an ineligible robbery (§ 667.5(c)(9)) and a review with the screening reason', () => {
    const g = guardMatters(sampleBody(), ['ev-2012-conv', 'ev-2015-robbery', 'ev-2013-gap'], ASOF);
    expect(g.allowed).toEqual(['ev-2012-conv']);
    expect(g.refused.map((r) => [r.eventId, r.verdict])).toEqual([['ev-2015-robbery', 'ineligible'], ['ev-2013-gap', 'review']]);
    expect(g.refused[0]!.reason).toMatch(/^PC 211 is a violent felony: § 667.5\(c\)\(9\)/);
  });
  it('a review whose question the attorney answered so it became a candidate goes in', () => {
    const body = sampleBody();
    body.events.find((e) => e.id === 'ev-2013-gap')!.answers = { 'victim-at-time': 'yes' };
    expect(guardMatters(body, ['ev-2013-gap'], ASOF).allowed).toEqual(['ev-2013-gap']);
  });
  it('assemblePacket itself leaves a refused matter out and says why (no caller can bypass it)', async () => {
    const body = sampleBody();
    const r = await assemblePacket(body, { asOf: ASOF, selection: selectionFor(body, ['ev-2012-conv', 'ev-2015-robbery']), fonts: loadNodeFonts() });
    expect(r.packets.flatMap((p) => p.eventIds)).toEqual(['ev-2012-conv']);
    expect(r.refused.map((x) => x.eventId)).toEqual(['ev-2015-robbery']);
    expect(r.warnings.some((w) => w.startsWith('left out: ev-2015-robbery is "ineligible", not a candidate: PC 211 is a violent felony'))).toBe(true);
  }, 60_000);
});

describe('vacatur packet --events', () => {
  it('refuses a non-candidate with the reason (exit 1), writes nothing', async () => {
    const dir = writeCase(() => {});
    const r = await run(['packet', join(dir, 'case.json'), '--out', join(dir, 'out'), '--as-of', ASOF, '--events', 'ev-2012-conv,ev-2015-robbery']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ev-2015-robbery is "ineligible", not a candidate: PC 211 is a violent felony');
    expect(r.stderr).toContain('packetOverride');
  });
  it('an explicit override recorded on the case is accepted, and printed as a warning (text and --json)', async () => {
    const dir = writeCase((f) => {
      const e = f.case.events.find((x) => x.id === 'ev-2013-gap')!;
      e.packetOverride = { reason: 'Court file shows the offense date 2012-12-30, inside the period', by: 'J. T. Whitfield', on: '2026-12-01' };
    });
    const r = await run(['packet', join(dir, 'case.json'), '--out', join(dir, 'out'), '--as-of', ASOF, '--events', 'ev-2012-conv,ev-2013-gap']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: ATTORNEY OVERRIDE: ev-2013-gap was screened "review"');
    expect(r.stderr).toContain('"Court file shows the offense date 2012-12-30, inside the period"');
    const j = await run(['packet', join(dir, 'case.json'), '--out', join(dir, 'out2'), '--as-of', ASOF, '--events', 'ev-2013-gap', '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).overrides[0]).toMatchObject({ eventId: 'ev-2013-gap', verdict: 'review', by: 'J. T. Whitfield' });
    expect(j.stderr).toContain('ATTORNEY OVERRIDE');
  }, 60_000);
});
