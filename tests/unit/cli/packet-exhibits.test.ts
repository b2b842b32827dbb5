// @vitest-environment node
/**
 * `vacatur packet` reads exhibit files only from the case file's folder or --exhibits DIR, and no
 * path (nor a refused file's contents) reaches any page, bookmark or document property.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { nodeIo } from '@/lib/cli/node-io';
import { loadExhibits, MAX_EXHIBIT_BYTES } from '@/lib/packet/exhibits';
import { makePdf, makePng } from '../../factories/exhibit-files';
import { openPdf } from '../packet/helpers';

/** Runs the CLI in-process, writing to the real disk (pdftotext reads the files). */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { ...nodeIo(), out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every text a reader of the PDF can see: page text (pdftotext), bookmarks, document properties. */
async function visibleText(path: string): Promise<string> {
  const pages = execFileSync('pdftotext', ['-q', path, '-'], { encoding: 'utf8' });
  const doc = await openPdf(new Uint8Array(readFileSync(path)));
  const titles: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[]) => items.forEach((i) => (titles.push(i.title), walk(i.items as typeof items)));
  walk(((await doc.getOutline()) ?? []) as { title: string; items: unknown[] }[]);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return [pages, ...titles, JSON.stringify(info)].join('\n');
}

const NOT_ATTACHED = '; its slip sheet says "exhibit file not attached"';
const root = mkdtempSync(join(tmpdir(), 'packet-exhibits-'));
const caseDir = join(root, 'zq-case');
const sample = () => JSON.parse(readFileSync('lib/sample/sample-case.json', 'utf8'));
let fifo = true;

beforeAll(() => {
  mkdirSync(join(caseDir, 'zq-folder'), { recursive: true });
  mkdirSync(join(root, 'zq-outside'));
  writeFileSync(join(root, 'zq-outside', 'zq-secret.pdf'), makePdf(1, 'SECRETMARKER'));
  writeFileSync(join(caseDir, 'zq-allowed.pdf'), makePdf(1, 'ALLOWEDMARKER'));
  symlinkSync(join(root, 'zq-outside', 'zq-secret.pdf'), join(caseDir, 'zq-link-out.pdf'));
  writeFileSync(join(caseDir, 'zq-huge.pdf'), '');
  truncateSync(join(caseDir, 'zq-huge.pdf'), MAX_EXHIBIT_BYTES + 1); // sparse, so the test stays fast
  try {
    execFileSync('mkfifo', [join(caseDir, 'zq-pipe')]);
  } catch {
    fifo = false; // only the FIFO sub-case is skipped
  }
});

/** One exhibit per way a path can fail, plus one that is fine. Invented titles. */
function evidence() {
  const ev = (id: string, title: string, file: string) => ({ id, title, kind: 'other', file });
  return [
    ev('ex-ok', 'Shelter intake letter', 'zq-allowed.pdf'),
    ev('ex-dotdot', 'Pay stubs', '../zq-outside/zq-secret.pdf'),
    ev('ex-absolute', 'Text messages', join(root, 'zq-outside', 'zq-secret.pdf')),
    ev('ex-symlink', 'Hotel receipts', 'zq-link-out.pdf'),
    ev('ex-folder', 'Photographs', 'zq-folder'),
    ...(fifo ? [ev('ex-fifo', 'Bank statement', 'zq-pipe')] : []),
    ev('ex-huge', 'Phone records', 'zq-huge.pdf'),
    ev('ex-missing', 'Clinic record', 'zq-missing.pdf'),
  ];
}

describe('vacatur packet: exhibit files', () => {
  it('refuses paths out of the folder, non-files, oversized and missing files: a warning and a draft item each, the packet still written, no path on any page', async () => {
    const c = sample();
    c.case.evidence = evidence();
    writeFileSync(join(caseDir, 'case.json'), JSON.stringify(c));
    const out = join(root, 'out-1');
    const r = await run(['packet', join(caseDir, 'case.json'), '--out', out, '--as-of', '2026-05-01', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['asOf', 'selection', 'packets', 'warnings', 'draft', 'overrides']);

    const refused = [
      ['B', 'ex-dotdot', 'Pay stubs', 'file outside the exhibits folder, not read', '../zq-outside/zq-secret.pdf'],
      ['C', 'ex-absolute', 'Text messages', 'file outside the exhibits folder, not read', join(root, 'zq-outside', 'zq-secret.pdf')],
      ['D', 'ex-symlink', 'Hotel receipts', 'file outside the exhibits folder, not read', 'zq-link-out.pdf'],
      ['E', 'ex-folder', 'Photographs', 'not read: a folder, not a regular file', 'zq-folder'],
      ...(fifo ? [['F', 'ex-fifo', 'Bank statement', 'not read: a named pipe, not a regular file', 'zq-pipe']] : []),
      ['huge', 'ex-huge', 'Phone records', 'file larger than the 50 MB limit for one exhibit', 'zq-huge.pdf'],
      ['missing', 'ex-missing', 'Clinic record', 'file not found', 'zq-missing.pdf'],
    ].map(([, id, title, problem, file], i) => ({ letter: String.fromCharCode(66 + i), id, title, problem, file }));
    expect(report.warnings.filter((w: string) => !w.includes('may show the petitioner')) /* § 236.14(q) full-name warnings */).toEqual(refused.map((x) => `Exhibit ${x.letter} ("${x.title}"): ${x.problem} (${x.file})${NOT_ATTACHED}`));
    expect(report.draft.filter((d: string) => d.startsWith('Exhibit '))).toEqual(refused.map((x) => `Exhibit ${x.letter}: attach the file for "${x.title}" (${x.problem})`));

    const files = readdirSync(out);
    expect(files).toHaveLength(30); // LA, Orange and the LA juvenile court petition: documents, combined PDF and the sealed identification attachment each
    const texts = await Promise.all(files.map((f) => visibleText(join(out, f))));
    const all = texts.join('\n');
    expect(all).toContain('ALLOWEDMARKER'); // the allowed exhibit is attached, so the check can see exhibit text
    for (const x of refused) expect(all).toContain(x.title); // each slip sheet keeps its title
    expect(all).not.toContain('SECRETMARKER');
    for (const leak of ['zq-', root, tmpdir(), 'secret']) expect(all.toLowerCase()).not.toContain(leak.toLowerCase());
  }, 60_000);

  it('text output: warnings on stderr, the draft list on stdout, control characters from the case stripped', async () => {
    const c = sample();
    c.case.evidence = [{ id: 'ex-\x1b[2Jmissing', title: 'Clinic\u202e record\x1b]0;owned\x07', kind: 'other', file: 'zq-none\r.pdf' }];
    for (const e of c.case.events) if (e.county === 'Orange') e.county = 'Orange\x1b[31m';
    writeFileSync(join(caseDir, 'controls.json'), JSON.stringify(c));
    const r = await run(['packet', join(caseDir, 'controls.json'), '--out', join(root, 'out-2'), '--as-of', '2026-05-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Orange County:');
    expect(r.stdout).toMatch(/draft: \d+ items to complete before filing:\n  - Exhibit A: attach the file for "Clinic record" \(file not found\)/);
    expect(r.stderr).toBe(`warning: Exhibit A ("Clinic record"): file not found (zq-none.pdf)${NOT_ATTACHED}`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  }, 60_000);

  it('--exhibits DIR: files come from DIR (relative or absolute), no longer from the case file\'s folder', async () => {
    const shared = join(root, 'zq-shared-exhibits');
    mkdirSync(shared);
    writeFileSync(join(shared, 'zq-letter.pdf'), makePdf(2, 'SHAREDMARKER'));
    const c = sample();
    c.case.evidence = [
      { id: 'ex-shared', title: 'Letter from advocate', kind: 'declaration', file: 'zq-letter.pdf' },
      { id: 'ex-shared-abs', title: 'Letter, absolute path', kind: 'declaration', file: join(shared, 'zq-letter.pdf') },
      { id: 'ex-beside-case', title: 'Intake letter', kind: 'other', file: join(caseDir, 'zq-allowed.pdf') },
    ];
    writeFileSync(join(caseDir, 'shared.json'), JSON.stringify(c));
    const args = ['packet', join(caseDir, 'shared.json'), '--as-of', '2026-05-01', '--events', 'ev-2012-conv', '--json'];

    const without = JSON.parse((await run([...args, '--out', join(root, 'out-3')])).stdout);
    expect(without.warnings.filter((w: string) => !w.includes('may show the petitioner'))).toEqual([
      `Exhibit A ("Letter from advocate"): file not found (zq-letter.pdf)${NOT_ATTACHED}`,
      `Exhibit B ("Letter, absolute path"): file outside the exhibits folder, not read (${join(shared, 'zq-letter.pdf')})${NOT_ATTACHED}`,
    ]);

    const withDir = await run([...args, '--out', join(root, 'out-4'), '--exhibits', shared]);
    expect(withDir.code).toBe(0);
    const report = JSON.parse(withDir.stdout);
    expect(report.warnings.filter((w: string) => !w.includes('may show the petitioner'))).toEqual([`Exhibit C ("Intake letter"): file outside the exhibits folder, not read (${join(caseDir, 'zq-allowed.pdf')})${NOT_ATTACHED}`]);
    expect(report.draft.filter((d: string) => d.startsWith('Exhibit '))).toEqual(['Exhibit C: attach the file for "Intake letter" (file outside the exhibits folder, not read)']);
    const exhibits = report.packets[0].documents.find((d: { template: string }) => d.template === 'exhibits');
    expect(exhibits.pages).toBe(3 + 2 + 2); // three slip sheets, the two-page letter twice
    expect(await visibleText(exhibits.path)).toContain('SHAREDMARKER');
  }, 60_000);

  it('--help names --exhibits DIR', async () => {
    const r = await run(['packet', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vacatur packet CASE.json --out DIR [--exhibits DIR]');
  });

  it('--exhibits DIR that is not a folder: exit 1, one line', async () => {
    const r = await run(['packet', 'lib/sample/sample-case.json', '--out', join(root, 'out-5'), '--exhibits', join(root, 'zq-nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`vacatur packet: --exhibits ${join(root, 'zq-nope')}: not a folder that can be read`);
  });
});

describe('data URL exhibits', () => {
  const ev = (id: string, file: string) => ({ id, title: `Exhibit ${id}`, kind: 'other' as const, description: '', file });
  const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

  it('still work, under the same 50 MB cap; a malformed one is a warning, not a crash', async () => {
    const big = `data:application/pdf;base64,${'A'.repeat(Math.ceil((MAX_EXHIBIT_BYTES + 1) / 3) * 4)}`;
    const r = await loadExhibits([ev('png', `data:image/png;base64,${base64(makePng(8, 8, 1))}`), ev('big', big), ev('bad', 'data:image/png;base64,%%%')]);
    expect(r.entries.map((e) => e.attached)).toEqual([true, false, false]);
    expect(r.warnings).toEqual([
      `Exhibit B ("Exhibit big"): data URL larger than the 50 MB limit for one exhibit (data URL)${NOT_ATTACHED}`,
      `Exhibit C ("Exhibit bad"): the data URL could not be decoded (data URL)${NOT_ATTACHED}`,
    ]);
    expect(r.draft).toEqual([
      'Exhibit B: attach the file for "Exhibit big" (data URL larger than the 50 MB limit for one exhibit)',
      'Exhibit C: attach the file for "Exhibit bad" (the data URL could not be decoded)',
    ]);
  });
});
