// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';
import { loadRapSheetEvents } from '@/lib/rapsheet/load';
import { extractPdfText } from '@/lib/rapsheet/pdf-text';

const dir = join(__dirname, '../../fixtures/rapsheets');

function fakeIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: '/',
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: async (p) => {
      const f = files[p];
      if (!f) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: p });
      return f;
    },
    writeFile: async () => {},
    mkdir: async () => {},
  };
  return { io, out, err };
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

async function textPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  let page = doc.addPage([612, 792]);
  let y = 750;
  for (const line of text.split('\n')) {
    if (y < 40) {
      page = doc.addPage([612, 792]);
      y = 750;
    }
    if (line.trim()) page.drawText(line, { x: 36, y, size: 9, font });
    y -= 11;
  }
  return doc.save();
}

async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 300, height: 400 });
  return doc.save();
}

describe('vacatur rapsheet', () => {
  it('prints the parsed sheet as JSON: subject, cycles, warnings', async () => {
    const { io, out } = fakeIo({ 'a.txt': fixture('modern-clean.txt') });
    expect(await main(['rapsheet', 'a.txt', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.subject).toMatchObject({ cii: 'A12345678', dob: '1992-03-04', names: [{ code: '01', name: 'MARLOWE,TESSA RENEE' }, expect.anything(), expect.anything()] });
    expect(json.cycles).toHaveLength(4);
    expect(json.cycles[0].events[1].counts[0]).toMatchObject({ number: 1, caseNumber: '561234', charge: { code: 'PC', section: '647(b)' } });
    expect(json.warnings).toEqual([]);
    expect(json.caseEvents.filter((e: { kind: string }) => e.kind === 'conviction')).toHaveLength(3);
  });

  it('prints a readable summary without --json', async () => {
    const { io, out } = fakeIo({ 'a.txt': fixture('ocr-scanned.txt') });
    expect(await main(['rapsheet', 'a.txt'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('RAP sheet for OKAFOR,ADAEZE NGOZI, CII A55500011, DOB 1995-08-17, sex F');
    expect(text).toContain('2013-06-18  conviction    PC 647(b) (M)  DISORDERLY CONDUCT:PROSTITUTION');
    expect(text).toContain('line 51: ARR/DET/CITE after a court or custody entry without a cycle delimiter');
  });

  it('exits 1 with one line for text that is not a RAP sheet', async () => {
    const { io, out, err } = fakeIo({ 'letter.txt': fixture('not-a-rapsheet.txt') });
    expect(await main(['rapsheet', 'letter.txt', '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['vacatur rapsheet: letter.txt: not a California RAP sheet (no CII/NAM block and no entries with counts)']);
  });

  it('exits 2 on usage errors and 1 on a missing file', async () => {
    expect(await main(['rapsheet'], fakeIo({}).io)).toBe(2);
    expect(await main(['rapsheet', 'a', 'b'], fakeIo({}).io)).toBe(2);
    expect(await main(['rapsheet', 'a.txt', '--bogus'], fakeIo({}).io)).toBe(2);
    expect(await main(['rapsheet', 'missing.txt'], fakeIo({}).io)).toBe(1);
  });

  it('reads a text PDF with pdfjs, offline', async () => {
    const pdf = await textPdf(readFileSync(join(dir, 'post-relief.txt'), 'utf8'));
    const { io, out } = fakeIo({ 'sheet.pdf': pdf });
    expect(await main(['rapsheet', 'sheet.pdf', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    const expected = JSON.parse(readFileSync(join(dir, 'post-relief.expected.json'), 'utf8'));
    type Ev = { kind: string; date: string; section: string; level: string };
    const pick = (e: Ev) => [e.kind, e.date, e.section, e.level];
    expect(json.caseEvents.map(pick)).toEqual(expected.entries.map(pick));
  });

  it('asks for OCR when a PDF has no text layer', async () => {
    const { io, err } = fakeIo({ 'scan.pdf': await scannedPdf() });
    expect(await main(['rapsheet', 'scan.pdf'], io)).toBe(1);
    expect(err[0]).toMatch(/scan\.pdf: this PDF has no text layer .* run OCR on it first/);
  });
});

describe('extractPdfText and loadRapSheetEvents', () => {
  it('keeps the lines of a text PDF (pdfjs folds runs of spaces)', async () => {
    const { text, pages, hasTextLayer } = await extractPdfText(await textPdf('CNT:01     #123\n  647(B) PC-PROSTITUTION'));
    expect({ pages, hasTextLayer }).toEqual({ pages: 1, hasTextLayer: true });
    expect(text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim())).toEqual(['CNT:01 #123', '647(B) PC-PROSTITUTION']);
  });

  it('gives the screen command events and line-cited warnings', async () => {
    const { events, warnings } = await loadRapSheetEvents(fixture('ocr-scanned.txt'), 'ocr-scanned.txt');
    expect(events.map((e) => e.kind)).toEqual(['conviction', 'conviction', 'arrest', 'arrest', 'conviction']);
    expect(warnings).toEqual(['line 51: ARR/DET/CITE after a court or custody entry without a cycle delimiter (* * * *); read as a new cycle']);
    await expect(loadRapSheetEvents(fixture('not-a-rapsheet.txt'), 'x.txt')).rejects.toThrow(/not a California RAP sheet/);
  });

  it('decodes UTF-16 text files with a BOM', async () => {
    const text = readFileSync(join(dir, 'modern-clean.txt'), 'utf8');
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { events } = await loadRapSheetEvents(utf16, 'sheet.txt');
    expect(events).toHaveLength(5);
  });
});
