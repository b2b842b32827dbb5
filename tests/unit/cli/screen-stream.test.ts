import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '@/lib/cli/io';
import { loadEvents } from '@/lib/cli/load-events';
import { main } from '@/lib/cli/main';
import { TABLE_MAX_ROWS } from '@/lib/cli/screen-csv';
import { contractItem } from '@/lib/cli/screen-output';
import { jsonText } from '@/lib/cli/terminal-text';
import { screen } from '@/lib/law';
import { runCli } from '../../factories/cli-io';

const dir = mkdtempSync(join(tmpdir(), 'screen-stream-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const PERIOD = { from: '2012-01-01', to: '2015-12-31' };
const ARGS = ['--trafficked', `${PERIOD.from}..${PERIOD.to}`, '--as-of', '2026-03-01', '--json'];

/** What `vacatur screen --json` printed before it streamed: the whole file read, screened in one call, one jsonText. */
async function nonStreamedJson(path: string): Promise<string> {
  const loaded = await loadEvents(new Uint8Array(readFileSync(path)), path);
  const result = screen({ events: loaded.events, trafficking: { periods: [PERIOD] } }, { asOf: '2026-03-01' });
  return jsonText({ items: result.items.map((it, i) => contractItem(it, loaded.refs[i] ?? null)) });
}

const SECTIONS: [string, string, string][] = [
  ['PC', '647(b)', 'M'], ['HS', '11350(a)', 'F'], ['PC', '211', 'F'], ['PC', '484(a)', 'M'], ['PC', '653.22(a)', 'M'],
  ['PC', '664/211', 'F'], ['VC', '14601.1(a)', 'M'], ['PC', '245(a)(1)', 'F'], ['PC', '9999.9', ''],
];
/** `n` invented rows across and outside the period, some with quoted descriptions. */
function intakeCsv(n: number, { bom = false, eol = '\n' } = {}): string {
  const lines = ['id,date,code,section,description,level,disposition,county,event'];
  for (let i = 0; i < n; i++) {
    const [code, section, level] = SECTIONS[i % SECTIONS.length]!;
    const date = `${2008 + (i % 12)}-0${(i % 9) + 1}-1${i % 10}`;
    const desc = i % 4 === 0 ? `"Count ${i}, ""as charged"""` : '';
    lines.push(`r${i},${date},${code},${section},${desc},${level},${i % 7 ? 'Convicted' : 'Dismissed'},Los Angeles,`);
  }
  return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

describe('vacatur screen FILE.csv, streamed', () => {
  it('--json is byte for byte what the whole-file path printed, for any chunk size', async () => {
    const p = file('small.csv', intakeCsv(9));
    const expected = await nonStreamedJson(p);
    for (const chunkSize of [1, 7, 100, 64 * 1024]) {
      const r = await runCli(['screen', p, ...ARGS], { chunkSize });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout, `chunk ${chunkSize}`).toBe(expected);
    }
    // An io without readChunks / peek (reads the file whole) prints the same.
    const out: string[] = [];
    const io: CliIo = { cwd: '/', out: (t) => void out.push(t), err: () => {}, readFile: async () => new Uint8Array(readFileSync(p)), writeFile: async () => {}, mkdir: async () => {} };
    expect(await main(['screen', p, ...ARGS], io)).toBe(0);
    expect(out.join('\n')).toBe(expected);
  });

  it('an empty list (header only) is {"items": []}, as before', async () => {
    const p = file('empty.csv', 'id,section\n');
    const r = await runCli(['screen', p, ...ARGS]);
    expect(r.stdout).toBe(await nonStreamedJson(p));
    expect(r.stdout).toBe('{\n  "items": []\n}');
  });

  it('5,000 rows across many batches: the same document as the whole-file path', async () => {
    const p = file('medium.csv', intakeCsv(5000));
    const r = await runCli(['screen', p, ...ARGS], { chunkSize: 4096 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await nonStreamedJson(p));
    expect(JSON.parse(r.stdout).items).toHaveLength(5000);
  });

  it('a bad row deep in the file: nothing on stdout, one line naming the line, exit 1', async () => {
    const lines = intakeCsv(4000).split('\n');
    lines[3500] = 'bad,2013-02-30,PC,647(b),,M,Convicted,,';
    lines[3600] = 'worse,2013-01-01,PC,647(b),,Q,Convicted,,';
    const p = file('bad-row.csv', lines.join('\n'));
    const r = await runCli(['screen', p, ...ARGS], { chunkSize: 4096 });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vacatur screen: ${p} line 3501: date "2013-02-30" is not a date (write YYYY-MM-DD) (and 1 more problem)`);
  });

  it(`the text table lists the first ${TABLE_MAX_ROWS.toLocaleString('en-US')} entries and counts them all`, async () => {
    const n = TABLE_MAX_ROWS + 25;
    const p = file('long.csv', intakeCsv(n));
    const r = await runCli(['screen', p, '--trafficked', `${PERIOD.from}..${PERIOD.to}`, '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${p}: ${n} entries screened as of 2026-03-01; trafficking periods: 2012-01-01..2015-12-31`);
    expect(r.stdout).toContain(`\n... and 25 more entries, not listed: the table shows the first 10,000 (use --json for every entry)\n`);
    expect(r.stdout).toMatch(/\n10000 +r9999 /);
    expect(r.stdout).not.toMatch(/\n10001 /);
    const counts = /(\d+) candidate, (\d+) review, (\d+) ineligible\./.exec(r.stdout)!.slice(1).map(Number);
    expect(counts.reduce((a, b) => a + b)).toBe(n);
    const all = JSON.parse((await runCli(['screen', p, ...ARGS])).stdout).items as { verdict: string }[];
    expect(counts).toEqual(['candidate', 'review', 'ineligible'].map((v) => all.filter((i) => i.verdict === v).length));
  });
});

describe('input limits in the CLI (the import check shared with the panel)', () => {
  /** A sparse file: its size is `bytes`, its disk use nothing. */
  const sparse = (name: string, bytes: number) => {
    const p = join(dir, name);
    const fd = openSync(p, 'w');
    ftruncateSync(fd, bytes);
    closeSync(fd);
    return p;
  };

  it('refuses a file past its limit with one line, before reading it', async () => {
    const big = sparse('big.csv', 300 * 1024 * 1024);
    const r = await runCli(['screen', big, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vacatur screen: ${big} is 300 MB; the largest events CSV this tool reads is 256 MB`);
    const json = sparse('big.json', 129 * 1024 * 1024);
    for (const cmd of ['validate', 'screen']) {
      expect((await runCli([cmd, json])).stderr).toBe(`vacatur ${cmd}: ${json} is 129 MB; the largest case file this tool reads is 128 MB`);
    }
    const packet = await runCli(['packet', json, '--out', join(dir, 'p')]);
    expect(packet.stderr).toBe(`vacatur packet: ${json} is 129 MB; the largest case file this tool reads is 128 MB`);
    const sheet = sparse('big.txt', 17 * 1024 * 1024);
    expect((await runCli(['rapsheet', sheet])).stderr).toBe(`vacatur rapsheet: ${sheet} is 17 MB; the largest RAP sheet text file this tool reads is 16 MB`);
    expect((await runCli(['summary', sheet, '--out', 'x.pdf'])).stderr).toBe(`vacatur summary: ${sheet} is 17 MB; the largest RAP sheet text file this tool reads is 16 MB`);
  });

  it('refuses an Excel workbook saved with a .csv name, and an empty file', async () => {
    const xlsx = file('intake.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
    expect((await runCli(['screen', xlsx, '--json'])).stderr).toBe(`vacatur screen: ${xlsx} is a zip file (an Excel or Word file is one), not text; save it as CSV UTF-8 and open that`);
    const empty = file('empty.json', '');
    const r = await runCli(['validate', empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`vacatur validate: ${empty} is empty`);
  });

  it('--help states the limits', async () => {
    expect((await runCli(['--help'])).stdout).toContain(
      'Input limits: events CSV 256 MB, case file 128 MB, RAP sheet text file 16 MB, RAP sheet PDF 20 MB, backup file 256 MB; a larger file is refused (exit 1).',
    );
  });
});
