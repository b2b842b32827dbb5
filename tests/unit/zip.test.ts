// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from '@/lib/zip';

describe('zip (stored, for "Download all")', () => {
  it('crc32 matches the standard check value', () => expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926));
  it('an archive that a real unzip lists and extracts byte for byte, with UTF-8 names', () => {
    const a = new Uint8Array(70_000).map((_, i) => (i * 31) & 0xff);
    const b = new TextEncoder().encode('%PDF-1.4 tiny');
    const archive = zip([{ name: 'DIA_2026-12-02_Los-Angeles_Packet.pdf', bytes: a }, { name: 'San-José_Packet.pdf', bytes: b }], new Date(2026, 11, 2, 10, 30));
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'all.zip'), archive);
    // Python's zipfile checks every CRC while extracting (testzip), as archive tools do.
    const out = execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist())); z.extractall(sys.argv[2])`, join(dir, 'all.zip'), dir], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['DIA_2026-12-02_Los-Angeles_Packet.pdf', 'San-José_Packet.pdf']);
    expect(new Uint8Array(readFileSync(join(dir, 'DIA_2026-12-02_Los-Angeles_Packet.pdf')))).toEqual(a);
    expect(readFileSync(join(dir, 'San-José_Packet.pdf'), 'utf8')).toBe('%PDF-1.4 tiny');
  });
  it('refuses two files with one name', () => expect(() => zip([{ name: 'a', bytes: new Uint8Array() }, { name: 'a', bytes: new Uint8Array() }], new Date())).toThrow(/two files named "a"/));
});
