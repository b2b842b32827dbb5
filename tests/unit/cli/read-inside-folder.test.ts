import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exhibitFolder, readExhibitFiles } from '@/lib/cli/exhibit-files';
import { isInside, readInsideFolder } from '@/lib/cli/read-inside-folder';
import type { Evidence } from '@/lib/model';
import { MAX_EXHIBIT_BYTES } from '@/lib/packet/exhibits';

const root = mkdtempSync(join(tmpdir(), 'inside-folder-'));
const folder = join(root, 'case');
mkdirSync(join(folder, 'sub'), { recursive: true });
mkdirSync(join(root, 'outside'));
writeFileSync(join(root, 'outside', 'secret.txt'), 'not for the court');
writeFileSync(join(folder, 'sub', 'letter.pdf'), '%PDF-1.4 letter');
symlinkSync(join(root, 'outside', 'secret.txt'), join(folder, 'link-out.txt'));
symlinkSync(join(folder, 'sub', 'letter.pdf'), join(folder, 'link-in.pdf'));
symlinkSync(join(root, 'outside'), join(folder, 'dir-link-out'));
symlinkSync(folder, join(root, 'case-link')); // the folder named through a symlink
writeFileSync(join(folder, 'huge.pdf'), '');
truncateSync(join(folder, 'huge.pdf'), MAX_EXHIBIT_BYTES + 1); // sparse: no 50 MB written

const read = (file: string) => readInsideFolder(folder, folder, file, MAX_EXHIBIT_BYTES);
const text = (r: Awaited<ReturnType<typeof read>>) => (r.ok ? new TextDecoder().decode(r.bytes) : r.problem);
const OUTSIDE = 'file outside the exhibits folder, not read';

describe('readInsideFolder', () => {
  it('reads a relative path, an absolute path inside, and a symlink that stays inside', async () => {
    expect(text(await read('sub/letter.pdf'))).toBe('%PDF-1.4 letter');
    expect(text(await read(join(folder, 'sub', 'letter.pdf')))).toBe('%PDF-1.4 letter');
    expect(text(await read('link-in.pdf'))).toBe('%PDF-1.4 letter');
    expect(text(await read('sub/../sub/letter.pdf'))).toBe('%PDF-1.4 letter');
  });

  it('refuses whatever resolves outside the folder: .., an absolute path, a symlink to a file or a folder outside', async () => {
    expect(text(await read('../outside/secret.txt'))).toBe(OUTSIDE);
    expect(text(await read(join(root, 'outside', 'secret.txt')))).toBe(OUTSIDE);
    expect(text(await read('link-out.txt'))).toBe(OUTSIDE);
    expect(text(await read('dir-link-out/secret.txt'))).toBe(OUTSIDE);
    expect(text(await read('../outside/nothing-here.txt'))).toBe(OUTSIDE); // no probing for what exists outside
    expect(text(await read('/etc/passwd'))).toBe(OUTSIDE);
  });

  it('refuses the folder itself, a subfolder, a device, a FIFO, a file over the cap, and says when a file is missing', async () => {
    expect(text(await read('.'))).toBe(OUTSIDE);
    expect(text(await read('sub'))).toBe('not read: a folder, not a regular file');
    expect(text(await read('huge.pdf'))).toBe('file larger than the 50 MB limit for one exhibit');
    expect(text(await read('missing.pdf'))).toBe('file not found');
    expect(text(await readInsideFolder('/dev', '/dev', 'null', MAX_EXHIBIT_BYTES))).toBe('not read: a device, not a regular file');
  });

  it('refuses a FIFO without opening it (opening one would block)', async (ctx) => {
    try {
      execFileSync('mkfifo', [join(folder, 'pipe')]);
    } catch {
      ctx.skip(); // no mkfifo on this system
    }
    expect(text(await read('pipe'))).toBe('not read: a named pipe, not a regular file');
  });

  it('accepts paths written against the folder as named when that name goes through a symlink', async () => {
    const viaLink = await exhibitFolder(root, join('case-link', 'case.json'));
    expect(viaLink.given).toBe(join(root, 'case-link'));
    const r = await readExhibitFiles([{ id: 'x', title: 'Letter', kind: 'other', file: join(root, 'case-link', 'sub', 'letter.pdf') } as Evidence], viaLink);
    expect([...r.files.keys()]).toEqual(['x']);
  });

  it('isInside: below the folder only, never a sibling whose name starts the same', () => {
    expect(isInside('/a/case', '/a/case/x.pdf')).toBe(true);
    expect(isInside('/a/case', '/a/case')).toBe(false);
    expect(isInside('/a/case', '/a/case-2/x.pdf')).toBe(false);
    expect(isInside('/a/case', '/a/case/..x.pdf')).toBe(true);
  });
});

describe('exhibitFolder', () => {
  it('is the case file\'s folder by default, --exhibits DIR when given, and bad input when DIR is not a folder', async () => {
    expect((await exhibitFolder(root, 'case/case.json')).given).toBe(folder);
    expect((await exhibitFolder('/elsewhere', join(folder, 'case.json'), join(root, 'outside'))).given).toBe(join(root, 'outside'));
    await expect(exhibitFolder(root, 'case/case.json', 'nope')).rejects.toThrow('--exhibits nope: not a folder that can be read');
    await expect(exhibitFolder(root, 'case/case.json', 'case/huge.pdf')).rejects.toThrow('not a folder');
  });
});
