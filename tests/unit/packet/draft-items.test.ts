// @vitest-environment node
/**
 * Issue 11, unfinished drafting: a petition is "submitted under penalty of perjury" (Pen. Code
 * § 236.14(b)), so every placeholder and attorney note left in a document is listed (county,
 * document, page, line), and a final build refuses while any remain.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { nodeIo } from '@/lib/cli/node-io';
import { assemblePacket, lineBaseline, placeholdersIn, selectionFor } from '@/lib/packet';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { toCaseFile } from '@/lib/model';
import { completedBody } from './completed-case';
import { pdfText, sampleBody } from './helpers';

const t = (text: string, line: number, x = 100) => ({ kind: 'text' as const, x, y: lineBaseline(line), text, style: 'regular' as const, size: 12 });

describe('placeholdersIn (Pen. Code § 236.14(b))', () => {
  it('finds brackets by page and pleading line, a wrapped one once at its first line', () => {
    const pages = [[t('Date: [hearing date]', 3), t('12', 3, 60), t('[ATTORNEY: explain', 10), t('the nexus.] Done.', 11)], [t('[Proposed] Order [  ] [i]n', 1), t('[city]', 5)]];
    expect(placeholdersIn(pages)).toEqual([
      { page: 1, line: 3, text: '[hearing date]' },
      { page: 1, line: 10, text: '[ATTORNEY: explain the nexus.]' },
      { page: 2, line: 5, text: '[city]' },
    ]);
  });
  it('assembly lists each placeholder per county and document, after the exhibit items', async () => {
    const body = sampleBody();
    const r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, ['ev-2012-conv', 'ev-2014-theft']), fonts: loadNodeFonts() });
    expect(r.draft[0]).toMatch(/^Exhibit A: attach the file/);
    expect(r.draft).toContain('Los Angeles County, Notice of Petition and Petition for Vacatur Relief (Pen. Code, § 236.14), p. 1, line 14: [hearing date]');
    expect(r.draftItems.some((d) => d.county === 'Orange' && d.document === 'Proof of Service' && d.text === '[Name of person serving]')).toBe(true);
    expect(r.draftItems.every((d) => d.line >= 1 && d.line <= 28)).toBe(true);
  }, 60_000);
});

describe('vacatur packet --final', () => {
  it('refuses (exit 1) while draft items remain, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'final-')), 'out');
    const err: string[] = [];
    const code = await main(['packet', 'lib/sample/sample-case.json', '--out', out, '--as-of', '2026-12-02', '--final'], { ...nodeIo(), out: () => {}, err: (x) => void err.push(x) });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/final build refused: draft: \d+ items to complete \(first: Exhibit A: attach the file/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
  it('without --final the text output says "draft: N items to complete"', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'draft-')), 'out');
    const lines: string[] = [];
    const code = await main(['packet', 'lib/sample/sample-case.json', '--out', out, '--as-of', '2026-12-02'], { ...nodeIo(), out: (x) => void lines.push(x), err: () => {} });
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/^draft: \d+ items to complete before filing:$/m);
  }, 60_000);
});

describe('a completed case builds a final packet (drafting answers fill every blank)', () => {
  const selection = ['ev-2012-conv', 'ev-2014-theft', 'ev-2010-juv'];
  it('no draft item remains, and the answers are in the documents', async () => {
    const body = completedBody();
    const r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, selection), fonts: loadNodeFonts() });
    expect(r.draft).toEqual([]);
    const la = r.packets.find((p) => p.county === 'Los Angeles' && !p.juvenile)!;
    const text = (await pdfText(la.combined.bytes)).replace(/\s+/g, ' ');
    // The hearing (caption and notice), the interpreter, the server, the restitution answer (§ 236.14(i)).
    expect(text).toContain('PLEASE TAKE NOTICE that on February 10, 2027, at 8:30 a.m.');
    expect(text).toContain('Dept.: 100');
    expect(text).toContain('read to me in Spanish by Rosa M. Delgado (fictional)');
    expect(text).toContain('I am a certified court interpreter, No. 300000.');
    expect(text).toContain('No such restitution is outstanding.');
    expect(text).toContain('County of Los Angeles, California, where the mailing occurred');
    expect(text).toContain('came on for hearing on February 10, 2027 in Department 100 of this court.');
    // The memorandum argues the nexus from each matter's own nexus (§ 236.14(a), (g)(2)).
    expect(text).toMatch(/As to the conviction of August 21, 2012, Case No\. \S+, petitioner declares: "The man who controlled me/);
    // The blank advocate template is left out once the attorney says so.
    expect(la.documents.map((d) => d.name).join(' ')).not.toMatch(/Supporting-Declaration/);
    // The juvenile petition has its own hearing (§ 236.14(j)).
    const juv = r.packets.find((p) => p.juvenile)!;
    expect((await pdfText(juv.combined.bytes)).replace(/\s+/g, ' ')).toContain('February 17, 2027');
  }, 60_000);
  it('vacatur packet --final succeeds (exit 0) and writes the packet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'final-ok-'));
    const body = completedBody(dir);
    writeFileSync(join(dir, 'case.json'), JSON.stringify(toCaseFile(body)));
    const out = join(dir, 'out');
    const err: string[] = [];
    const code = await main(['packet', join(dir, 'case.json'), '--out', out, '--as-of', '2026-12-02', '--events', selection.join(','), '--final'], { ...nodeIo(), out: () => {}, err: (x) => void err.push(x) });
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(out).some((f) => f.endsWith('_Packet.pdf'))).toBe(true);
  }, 60_000);
  it('one blank brought back (no hearing time for Orange) is a draft item again', async () => {
    const body = completedBody();
    body.drafting.hearings = body.drafting.hearings.map((h) => (h.county === 'Orange' ? { ...h, time: '' } : h));
    body.drafting.restitution = '';
    const r = await assemblePacket(body, { asOf: '2026-12-02', selection: selectionFor(body, selection), fonts: loadNodeFonts() });
    expect(r.draft.some((d) => d.startsWith('Orange County, Notice of Petition') && d.endsWith(': [time]'))).toBe(true);
    expect(r.draft.some((d) => d.includes('[Proposed] Order') && d.endsWith('[ATTORNEY: state whether any such restitution is outstanding.]'))).toBe(true);
    expect(r.draft.every((d) => !d.startsWith('Los Angeles County, Notice') || !d.endsWith('[time]'))).toBe(true);
  }, 60_000);
});
