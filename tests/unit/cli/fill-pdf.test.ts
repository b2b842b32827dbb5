import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../factories/cli-io';

const CASE = 'tests/fixtures/portals/case-varga.json';
const FORM = 'tests/fixtures/forms/va-110-seal-arrest.pdf';

describe('vacatur fill-pdf', () => {
  it('--json prints form, steps, unfilled and warnings, and writes the filled PDF', async () => {
    const r = await runCli(['fill-pdf', FORM, '--case', CASE, '--out', 'filled.pdf', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['form', 'steps', 'unfilled', 'warnings']);
    expect(out.form).toBe('va-110-replica');
    expect(out.steps).toContainEqual({ field: 'Text1', label: 'Petitioner full name', source: 'client.fullName', value: 'Elena Marisol Varga', confidence: 0.85 });
    expect(out.unfilled).toContainEqual({ field: 'Sig1', label: 'Signature of petitioner or attorney', reason: 'signature field: signed by hand' });
    expect(out.warnings).toEqual([]);
    expect(String.fromCharCode(...(r.written.get('filled.pdf') as Uint8Array).slice(0, 5))).toBe('%PDF-');
  });

  it('warns when it removes an XFA layer', async () => {
    const r = await runCli(['fill-pdf', 'tests/fixtures/forms/va-100-petition-vacate.pdf', '--case', CASE, '--out', 'f.pdf', '--json']);
    expect(JSON.parse(r.stdout).warnings[0]).toMatch(/XFA layer/);
  });

  it('exit codes: 2 for usage errors, 1 for bad input with one line', async () => {
    expect((await runCli(['fill-pdf', FORM, '--case', CASE])).code).toBe(2);
    expect((await runCli(['fill-pdf', '--case', CASE, '--out', 'x.pdf'])).code).toBe(2);
    const notPdf = await runCli(['fill-pdf', CASE, '--case', CASE, '--out', 'x.pdf']);
    expect(notPdf.code).toBe(1);
    expect(notPdf.stderr).toMatch(/not a PDF$/);
    expect(notPdf.stderr.split('\n')).toHaveLength(1);
  });

  it('a real PDF without form fields exits 1 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fill-pdf-'));
    const doc = await PDFDocument.create();
    doc.addPage([612, 792]).drawText('Notice to the applicant (no fields)', { x: 72, y: 700, size: 12 });
    writeFileSync(join(dir, 'plain.pdf'), await doc.save());
    const r = await runCli(['fill-pdf', join(dir, 'plain.pdf'), '--case', CASE, '--out', 'x.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/plain\.pdf: the PDF has no form fields to fill$/)]);
    expect(r.written.size).toBe(0);
  });

  it('an encrypted PDF exits 1 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fill-pdf-'));
    writeFileSync(join(dir, 'locked.pdf'), encryptedPdf());
    const r = await runCli(['fill-pdf', join(dir, 'locked.pdf'), '--case', CASE, '--out', 'x.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/locked\.pdf: the PDF is encrypted; open it and save an unlocked copy first$/)]);
    expect(r.written.size).toBe(0);
  });
});

/**
 * A one-page PDF whose trailer names a standard security handler (RC4 40-bit, revision 2), as an
 * encrypted government form has; written by hand because pdf-lib cannot encrypt. Offsets are
 * computed so the cross-reference table is valid.
 */
function encryptedPdf(): Buffer {
  const hex32 = (c: string) => `<${c.repeat(64)}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex32('a')} /U ${hex32('b')} /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
