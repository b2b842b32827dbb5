// A file saved on Windows (CRLF line ends) or by Excel / Notepad (a UTF-8 byte-order mark) reads
// exactly like the plain file, in the CLI and through the panel's parsing functions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventsCsv } from '@/lib/csv';
import { importText } from '@/lib/import/read-file';
import { parseCaseFileText } from '@/lib/model';
import { parseRapSheet } from '@/lib/rapsheet';
import { rapSheetText } from '@/lib/rapsheet/load';
import { runCli } from '../../factories/cli-io';

const dir = mkdtempSync(join(tmpdir(), 'bom-crlf-'));
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The plain file (LF) and the same text with a BOM and CRLF line ends, written side by side. */
function pair(name: string, lfText: string): { plain: string; windows: string; bytes: [Uint8Array, Uint8Array] } {
  const plainBytes = new TextEncoder().encode(lfText.replace(/\r\n/g, '\n'));
  const crlf = new TextEncoder().encode(lfText.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n'));
  const windowsBytes = new Uint8Array([...BOM, ...crlf]);
  const plain = join(dir, `plain-${name}`);
  const windows = join(dir, `windows-${name}`);
  writeFileSync(plain, plainBytes);
  writeFileSync(windows, windowsBytes);
  return { plain, windows, bytes: [plainBytes, windowsBytes] };
}

const CSV = [
  'id,date,code,section,description,level,disposition,county,event',
  'r1,2013-05-02,PC,647(b),"Loitering, as charged",M,Convicted,Los Angeles,conviction',
  'r2,2014-01-09,HS,11350(a),"two',
  'lines",F,Convicted,Orange,',
  'r3,2016-01-01,PC,211,Robbery,F,Convicted,,',
  '',
].join('\n');

const csv = pair('counts.csv', CSV);
const caseFile = pair('case.json', JSON.stringify(JSON.parse(readFileSync('lib/sample/sample-case.json', 'utf8')), null, 2));
const rap = pair('sheet.txt', readFileSync('tests/fixtures/rapsheets/modern-clean.txt', 'utf8'));

const screenArgs = ['--trafficked', '2012-01-01..2015-12-31', '--as-of', '2026-03-01', '--json'];

describe('a byte-order mark and CRLF line ends change nothing', () => {
  it('events CSV: the panel\'s parse and the CLI\'s streamed screen', async () => {
    const [a, b] = csv.bytes.map((x) => parseEventsCsv(importText(x)));
    expect(a!.errors).toEqual([]);
    expect(a!.rows).toHaveLength(3);
    expect(b).toEqual(a);
    const [outA, outB] = await Promise.all([csv.plain, csv.windows].map(async (f) => (await runCli(['screen', f, ...screenArgs], { chunkSize: 5 })).stdout));
    expect(JSON.parse(outA!).items).toHaveLength(3);
    expect(outB).toBe(outA);
  });

  it('case JSON: the panel\'s parse, and the CLI\'s validate and screen', async () => {
    const [a, b] = caseFile.bytes.map((x) => parseCaseFileText(importText(x)));
    expect(a!.ok).toBe(true);
    expect(b).toEqual(a);
    for (const argv of [['validate', '--json'], ['screen', ...screenArgs]]) {
      const [cmd, ...rest] = argv;
      const [outA, outB] = await Promise.all([caseFile.plain, caseFile.windows].map(async (f) => (await runCli([cmd!, f, ...rest])).stdout));
      expect(outA).toContain(cmd === 'validate' ? '"valid": true' : '"items"');
      expect(outB).toBe(outA);
    }
  });

  it('RAP sheet text: the reader both share (rapSheetText), and the CLI\'s rapsheet and screen', async () => {
    const [a, b] = await Promise.all(rap.bytes.map(async (x) => parseRapSheet(await rapSheetText(x, 'sheet.txt'))));
    expect(a!.isRapSheet).toBe(true);
    expect(b).toEqual(a);
    for (const argv of [['rapsheet', '--json'], ['screen', ...screenArgs]]) {
      const [cmd, ...rest] = argv;
      const [outA, outB] = await Promise.all([rap.plain, rap.windows].map(async (f) => (await runCli([cmd!, f, ...rest])).stdout));
      expect(outA!.length).toBeGreaterThan(100);
      expect(outB).toBe(outA);
    }
  });
});
