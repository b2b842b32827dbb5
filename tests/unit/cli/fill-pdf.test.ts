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
    const noFields = await runCli(['fill-pdf', 'tests/fixtures/rapsheets/' + 'x-missing.pdf', '--case', CASE, '--out', 'x.pdf']);
    expect(noFields.code).toBe(1);
  });
});
