import { describe, expect, it } from 'vitest';
import { checkImportFile, formatBytes, IMPORT_LIMITS, type ImportKind } from '@/lib/import/limits';
import { importText, readImportFile } from '@/lib/import/read-file';

const MB = 1024 * 1024;
const text = (s: string) => new TextEncoder().encode(s);
const check = (kind: ImportKind, name: string, size: number, head: Uint8Array) => checkImportFile({ kind, name, size, head });
const refusal = (kind: ImportKind, name: string, size: number, head: Uint8Array) => {
  const r = check(kind, name, size, head);
  return r.ok ? null : r.message;
};

describe('checkImportFile: one check for the CLI and the panel', () => {
  it('refuses a file past its kind\'s limit, naming the file, its size and the limit', () => {
    expect(refusal('events-csv', 'counts.csv', 2.1 * 1024 * MB, text('id,section\n'))).toBe('counts.csv is 2.1 GB; the largest events CSV this tool reads is 256 MB');
    expect(refusal('case-json', 'ana.json', 200 * MB, text('{'))).toBe('ana.json is 200 MB; the largest case file this tool reads is 128 MB');
    expect(refusal('rap-sheet', 'sheet.txt', 17 * MB, text('CII/A123'))).toBe('sheet.txt is 17 MB; the largest RAP sheet text file this tool reads is 16 MB');
    expect(refusal('rap-sheet', 'sheet.pdf', 30 * MB, text('%PDF-1.7\n'))).toBe('sheet.pdf is 30 MB; the largest RAP sheet PDF this tool reads is 20 MB');
    expect(refusal('backup', 'backup.json', 300 * MB, text('{'))).toBe('backup.json is 300 MB; the largest backup file this tool reads is 256 MB');
  });

  it('takes a file of exactly the limit, and says one byte more as more (never "256 MB is over 256 MB")', () => {
    const limit = IMPORT_LIMITS['events-csv'].bytes;
    expect(check('events-csv', 'a.csv', limit, text('section\n'))).toEqual({ ok: true, kind: 'events-csv' });
    expect(refusal('events-csv', 'a.csv', limit + 1, text('section\n'))).toBe('a.csv is 256.1 MB; the largest events CSV this tool reads is 256 MB');
  });

  it('refuses an empty file', () => {
    expect(refusal('events-csv', 'a.csv', 0, new Uint8Array())).toBe('a.csv is empty');
    expect(refusal('rap-sheet', 'a.pdf', 0, new Uint8Array())).toBe('a.pdf is empty');
  });

  it('refuses what is not text where text is read, saying what it looks like', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
    expect(refusal('events-csv', 'intake.csv', 9000, zip)).toBe('intake.csv is a zip file (an Excel or Word file is one), not text; save it as CSV UTF-8 and open that');
    expect(refusal('events-csv', 'intake.csv', 9000, text('%PDF-1.4'))).toBe('intake.csv is a PDF, not text; save it as CSV UTF-8 and open that');
    expect(refusal('case-json', 'case.json', 9000, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('case.json is an old Office file (.xls or .doc), not text; a case file is the UTF-8 JSON text the export writes');
    expect(refusal('rap-sheet', 'scan.txt', 9000, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('scan.txt is an image, not text; open the RAP sheet as a .txt or a text PDF');
    expect(refusal('case-json', 'x.json', 9000, new Uint8Array([0x7b, 0, 0x7d]))).toBe('x.json is not a text file; a case file is the UTF-8 JSON text the export writes');
  });

  it('reads UTF-16 (with its byte-order mark) only as a RAP sheet; a CSV or case file must be UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x43, 0, 0x49, 0]);
    expect(check('rap-sheet', 'sheet.txt', 6, utf16)).toEqual({ ok: true, kind: 'rap-text' });
    expect(refusal('events-csv', 'excel.csv', 6, utf16)).toBe('excel.csv is UTF-16 text; save it as CSV UTF-8 and open that');
    expect(refusal('case-json', 'c.json', 6, utf16)).toBe('c.json is UTF-16 text; a case file is the UTF-8 JSON text the export writes');
  });

  it('tells a RAP sheet PDF from its text by the first bytes, not the name', () => {
    expect(check('rap-sheet', 'sheet.txt', 100, text('junk\n%PDF-1.7'))).toEqual({ ok: true, kind: 'rap-pdf' });
    expect(check('rap-sheet', 'sheet.pdf', 100, text('CII/A12345678'))).toEqual({ ok: true, kind: 'rap-text' });
    expect(check('events-csv', 'a.csv', 100, text('\uFEFFid,section\r\n'))).toEqual({ ok: true, kind: 'events-csv' });
  });

  it('formatBytes', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1000)).toBe('1000 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(256 * MB, 'down')).toBe('256 MB');
    expect(formatBytes(2.1 * 1024 * MB)).toBe('2.1 GB');
  });
});

describe('readImportFile (the panel side)', () => {
  it('refuses from the size and first bytes, and reads an accepted file whole', async () => {
    const pdf = new File([text('%PDF-1.7\n...')], 'counts.csv');
    expect(await readImportFile(pdf, 'events-csv')).toEqual({ ok: false, message: 'counts.csv is a PDF, not text; save it as CSV UTF-8 and open that' });
    const csv = new File([text('\uFEFFid,section\r\nc1,647(b)\r\n')], 'counts.csv');
    const r = await readImportFile(csv, 'events-csv');
    expect(r.ok).toBe(true);
    if (r.ok) expect(importText(r.bytes)).toBe('id,section\r\nc1,647(b)\r\n');
  });
});
