// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { nodeIo } from '@/lib/cli/node-io';
import { assemblePacket } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { makePng } from '../../factories/exhibit-files';
import { buildPacketBenchInput } from '../../factories/packet-bench';
import { openPdf } from './helpers';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo(), out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('vacatur packet', () => {
  it('writes the PDFs, resolving exhibit paths relative to the case file, and prints what it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packet-cli-'));
    const sample = JSON.parse(readFileSync('lib/sample/sample-case.json', 'utf8'));
    sample.case.evidence[0].file = 'files/tvisa.png';
    mkdirSync(join(dir, 'files'));
    writeFileSync(join(dir, 'files/tvisa.png'), makePng(40, 50, 1));
    writeFileSync(join(dir, 'case.json'), JSON.stringify(sample));
    const { io, out, err } = captureIo();
    const code = await main(['packet', join(dir, 'case.json'), '--out', join(dir, 'out'), '--as-of', '2026-05-01', '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    // The juvenile adjudication has its own juvenile court petition (§ 236.14(j); WIC § 827).
    expect(report.packets.map((p: { county: string }) => p.county)).toEqual(['Los Angeles', 'Orange', 'Los Angeles']);
    expect(report.selection.source).toMatch(/screening candidates as of 2026-05-01/);
    expect(readdirSync(join(dir, 'out')).sort()).toContain('Los-Angeles_Packet.pdf');
    // Three petitions (Los Angeles, Orange, Los Angeles juvenile court), each with its documents, a
    // combined packet and the confidential identification attachment lodged under seal.
    expect(readdirSync(join(dir, 'out'))).toHaveLength(30);
    expect(readdirSync(join(dir, 'out'))).toContain('Los-Angeles_00_Confidential-Identification_LODGE-UNDER-SEAL.pdf');
    // Exhibit A was found; B has no file and gets a warning, not a crash.
    expect(report.warnings.filter((w: string) => !w.includes('may show the petitioner'))).toEqual([expect.stringMatching(/^Exhibit B \("Letter from shelter case manager"\): no file given/)]);
    expect(report.draft.filter((d: string) => d.startsWith('Exhibit '))).toEqual(['Exhibit B: attach the file for "Letter from shelter case manager" (no file given)']);
    expect(err).toEqual([]);
  }, 30_000);

  it('exits 2 without --out and 1 for a file that is not a case', async () => {
    const { io } = captureIo();
    expect(await main(['packet', 'lib/sample/sample-case.json'], io)).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'packet-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{"format":"nope"}');
    expect(await main(['packet', join(dir, 'bad.json'), '--out', dir], io)).toBe(1);
  });
});

describe('benchmark input', () => {
  it('12 matters in 3 counties, 40 exhibit pages: every exhibit bookmarked, size within 10% of exhibits + generated pages', async () => {
    const input = buildPacketBenchInput();
    const r = await assemblePacket(input.body, { asOf: input.asOf, selection: input.selection, exhibits: input.exhibits, fonts: loadNodeFonts() });
    expect(r.packets).toHaveLength(3);
    expect(r.warnings).toEqual([]);
    for (const p of r.packets) {
      expect(p.eventIds).toHaveLength(4);
      const exhibitsDoc = p.documents.find((d) => d.template === 'exhibits')!;
      expect(exhibitsDoc.pages).toBe(40 + input.body.evidence.length); // + one slip sheet each
      const generated = p.documents.filter((d) => d.template !== 'exhibits').reduce((n, d) => n + d.bytes.length, 0);
      expect(p.combined.bytes.length).toBeLessThan((input.exhibitBytes + generated) * 1.1);
      expect(exhibitsDoc.bytes.length).toBeLessThan(input.exhibitBytes * 1.1);
      const doc = await openPdf(p.combined.bytes);
      const outline = (await doc.getOutline()) ?? [];
      expect(outline.find((o) => o.title === 'Exhibits')!.items).toHaveLength(input.body.evidence.length);
      await doc.destroy();
    }
  }, 60_000);
});
