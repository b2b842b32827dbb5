import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPlanned } from '@/lib/forms/fill-planned';
import { openForm } from '@/lib/forms/open-form';
import { planForm } from '@/lib/forms/plan';
import { readForm } from '@/lib/forms/read';
import { parseCaseFileText } from '@/lib/model';
import { loadPdfjs } from '@/lib/pdfjs';
import { loadNodeFonts } from '@/lib/packet/fonts-node';
import { fillForm, formWidgets, readFormValues } from '@/lib/packet/pdf-forms';

const DIR = 'tests/fixtures/forms';
const FORMS = ['doj-rr-101-record-review', 'doj-rr-102-out-of-state', 'va-100-petition-vacate', 'va-110-seal-arrest'];
const bytesOf = (f: string) => new Uint8Array(readFileSync(join(DIR, `${f}.pdf`)));
const parsed = parseCaseFileText(readFileSync('tests/fixtures/portals/case-varga.json', 'utf8'));
if (!parsed.ok) throw new Error('case fixture');
const body = parsed.body;

describe('form replicas', () => {
  it('the script reproduces the committed PDFs byte for byte', async () => {
    // @ts-expect-error: a plain .mjs script without type declarations
    const { makeReplicas } = (await import('../../../scripts/make-form-replicas.mjs')) as { makeReplicas: (dir: string) => Promise<string[]> };
    const dir = mkdtempSync(join(tmpdir(), 'forms-'));
    await makeReplicas(dir);
    for (const f of FORMS) expect(Buffer.compare(readFileSync(join(dir, `${f}.pdf`)), readFileSync(join(DIR, `${f}.pdf`)))).toBe(0);
  });
});

describe('readForm', () => {
  it('reads names, types, tooltips, max lengths, comb flags and the text beside each widget', async () => {
    const r = await readForm(bytesOf('doj-rr-101-record-review'));
    const f = (n: string) => r.fields.find((x) => x.name === `form1[0].#subform[0].${n}`)!;
    expect(r.fields).toHaveLength(32);
    expect(f('Field[0]')).toMatchObject({ type: 'text', tooltip: 'Applicant last name', above: 'Last Name', heading: 'SECTION A - APPLICANT INFORMATION' });
    expect(f('Field[5]')).toMatchObject({ maxLength: 2, comb: true, above: 'DD' });
    expect(f('Field[23]')).toMatchObject({ readOnly: true, value: 'A0999CARR', heading: 'FOR LIVE SCAN OPERATOR USE ONLY' });
    expect(f('Signature[0]').type).toBe('signature');
    expect(f('RadioButtonList[0]').options.map((o) => o.label)).toEqual(['M', 'F']);
    const oos = await readForm(bytesOf('doj-rr-102-out-of-state'));
    expect(oos.fields.find((x) => x.name === 'TextField4')).toMatchObject({ tooltip: '', left: 'Date of Birth (MM/DD/YYYY)', maxLength: 10 });
    expect(oos.fields.find((x) => x.name === 'CheckBox1')).toMatchObject({ type: 'checkbox', left: 'Sex:', right: 'Male' });
    const seal = await readForm(bytesOf('va-110-seal-arrest'));
    expect(seal.fields.find((x) => x.name === 'Dropdown1')!.options.map((o) => o.value)).toEqual(['', 'Alder', 'Brightwater', 'Cedar Flats']);
  });
});

describe('tooltips on the parent field', () => {
  it('a field whose widgets are its kids takes the TU from the field: a radio list, a name printed twice', async () => {
    const bytes = bytesOf('doj-rr-102-out-of-state');
    // The replica really keeps these tooltips off the widgets: pdfjs sees none on them.
    const doc = await (await loadPdfjs()).getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const widgets = ((await (await doc.getPage(1)).getAnnotations()) as { fieldName?: string; alternativeText?: string }[]).filter((a) => a.fieldName === 'TextField22');
    expect(widgets.map((w) => w.alternativeText)).toEqual(['', '']);
    await doc.destroy();

    const r = await readForm(bytes);
    expect(r.fields.find((x) => x.name === 'TextField22')).toMatchObject({ tooltip: 'Applicant full name', left: '', above: '' });
    expect(r.fields.find((x) => x.name === 'TextField22')!.widgets).toHaveLength(2);
    expect(planForm(r, body, { adapter: null }).steps.find((s) => s.field === 'TextField22')).toMatchObject({ label: 'Applicant full name', source: 'client.fullName', value: 'Elena Marisol Varga' });
    const rr = await readForm(bytesOf('doj-rr-101-record-review'));
    expect(rr.fields.find((x) => x.name === 'form1[0].#subform[0].RadioButtonList[1]')!.tooltip).toBe('Type of request');
  });

  it('formWidgets lists every widget in page order with what it inherits from its field', async () => {
    const widgets = await formWidgets(bytesOf('doj-rr-102-out-of-state'));
    expect(widgets.filter((w) => w.field === 'TextField22').map((w) => [w.page, w.tooltip, w.fieldType])).toEqual([
      [1, 'Applicant full name', 'Tx'],
      [1, 'Applicant full name', 'Tx'],
    ]);
    expect(widgets[0]!.field).toBe('TextField22'); // the header copy comes first on the page
    expect(widgets.find((w) => w.field === 'TextField4')).toMatchObject({ maxLength: 10, tooltip: '', value: '' });
    expect(widgets.find((w) => w.field === 'CheckBox1')).toMatchObject({ fieldType: 'Btn', onState: 'Yes' });
    expect(widgets.find((w) => w.field === 'TextField21')).toMatchObject({ flags: 1, value: '25.00' });
    const radios = (await formWidgets(bytesOf('doj-rr-101-record-review'))).filter((w) => w.field === 'form1[0].#subform[0].RadioButtonList[1]');
    expect(radios.map((w) => [w.onState, w.tooltip])).toEqual([['0', 'Type of request'], ['1', 'Type of request'], ['2', 'Type of request']]);
  });
});

describe('planForm', () => {
  it.each([
    ['doj-rr-101-record-review', 'doj-rr-101-replica', 23, 22, 32],
    ['doj-rr-102-out-of-state', 'doj-rr-102-replica', 17, 17, 24],
    ['va-100-petition-vacate', 'va-100-replica', 15, 14, 20],
    ['va-110-seal-arrest', 'va-110-replica', 11, 11, 19],
  ])('%s: filled / total with its adapter and without', async (form, adapter, withAdapter, heuristic, total) => {
    const r = await readForm(bytesOf(form));
    const a = planForm(r, body);
    expect(a.adapter).toBe(adapter);
    expect([a.steps.length, a.total]).toEqual([withAdapter, total]);
    expect(planForm(r, body, { adapter: null }).steps.length).toBe(heuristic);
  });

  it('never fills signatures, preprinted fields, official / operator blocks or the SSN', async () => {
    const p = planForm(await readForm(bytesOf('doj-rr-101-record-review')), body);
    const why = (n: string) => p.unfilled.find((u) => u.field === `form1[0].#subform[0].${n}`)?.reason;
    expect(why('Signature[0]')).toBe('signature field: signed by hand');
    expect(why('Field[23]')).toBe('read-only (preprinted)');
    expect(why('Field[26]')).toBe('for official / operator use only');
    expect(why('Field[13]')).toBe('Social Security number');
    expect(p.steps.map((s) => s.field)).not.toContain('form1[0].#subform[0].Field[26]');
    const clerk = planForm(await readForm(bytesOf('va-110-seal-arrest')), body);
    expect(clerk.unfilled.find((u) => u.field === 'Text14')?.reason).toBe('for official / operator use only');
  });

  it('splits the date into MM / DD / YYYY boxes, sizes the height, codes the colours, ticks Sex by the label beside it', async () => {
    const p = planForm(await readForm(bytesOf('doj-rr-101-record-review')), { ...body, client: { ...body.client, eyeColor: 'Brown', hairColor: 'Black' } });
    const v = (n: string) => p.steps.find((s) => s.field === `form1[0].#subform[0].${n}`);
    expect([v('Field[4]')?.write, v('Field[5]')?.write, v('Field[6]')?.write]).toEqual(['07', '09', '1993']);
    expect(v('Field[7]')?.write).toBe('505');
    expect([v('Field[9]')?.write, v('Field[10]')?.write]).toEqual(['BRO', 'BLK']);
    expect(v('RadioButtonList[0]')).toMatchObject({ value: 'F', source: 'client.sex' });
    const oos = planForm(await readForm(bytesOf('doj-rr-102-out-of-state')), body);
    expect(oos.steps.find((s) => s.field === 'CheckBox2')).toMatchObject({ write: 'true', value: 'Female' });
    expect(oos.steps.find((s) => s.field === 'CheckBox1')).toBeUndefined();
    expect(oos.steps.find((s) => s.field === 'TextField5')).toMatchObject({ write: '5', source: 'client.height.feet' });
    expect(oos.steps.find((s) => s.field === 'TextField6')).toMatchObject({ write: '5', source: 'client.height.inches' });
  });

  it('reports a value longer than the box instead of cutting it', async () => {
    const oos = planForm(await readForm(bytesOf('doj-rr-102-out-of-state')), body);
    expect(oos.unfilled.find((u) => u.field === 'TextField16')?.reason).toBe('"elena.varga@example.test" is longer than the field allows (20)');
    const seal = planForm(await readForm(bytesOf('va-110-seal-arrest')), body);
    expect(seal.unfilled.find((u) => u.field === 'Text8')?.reason).toMatch(/longer than the field allows \(12\)/);
  });
});

describe('fillForm', () => {
  it('fills every planned field, reads them back, removes XFA with a warning, and pdftotext shows the values', async () => {
    const bytes = bytesOf('va-100-petition-vacate');
    const p = planForm(await readForm(bytes), body);
    const out = await fillForm(bytes, p.steps.map((s) => ({ field: s.field, value: s.write })), { fonts: loadNodeFonts() });
    expect(out.warnings).toEqual(['the form had an XFA layer: it was removed so that every viewer shows the filled AcroForm fields']);
    expect(out.outcomes.every((o) => o.outcome === 'filled')).toBe(true);
    const values = await readFormValues(out.bytes);
    for (const s of p.steps) expect(values[s.field]).toBe(s.write);
    expect(Buffer.from(out.bytes).includes('/XFA')).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'filled-'));
    writeFileSync(join(dir, 'f.pdf'), out.bytes);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('AL-19-CR-004512');
    expect(text).toContain('Priya N. Castellanos');
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', join(dir, 'f.pdf'), '/tmp/va100-filled']);
  });

  it('round trip on the record review: radios, comb boxes and checkbox runs read back', async () => {
    for (const form of ['doj-rr-101-record-review', 'doj-rr-102-out-of-state', 'va-110-seal-arrest']) {
      const bytes = bytesOf(form);
      const p = planForm(await readForm(bytes), body);
      const out = await fillForm(bytes, p.steps.map((s) => ({ field: s.field, value: s.write })), { fonts: loadNodeFonts() });
      expect(out.outcomes.filter((o) => o.outcome !== 'filled')).toEqual([]);
      const values = await readFormValues(out.bytes);
      for (const s of p.steps.filter((x) => !/RadioButton|Group/.test(x.field))) expect(values[s.field]).toBe(s.write);
      if (form === 'doj-rr-101-record-review') expect(values['form1[0].#subform[0].RadioButtonList[0]']).toBe('F');
      if (form === 'va-110-seal-arrest') expect(values['Group1']).toBe('Choice2');
    }
  });
});

describe('openForm + fillPlanned (the panel, the CLI and the bench)', () => {
  it('writes what was kept, as edited: a left-out field stays empty; text, a radio and a checkbox run take the edited value', async () => {
    const bytes = bytesOf('doj-rr-102-out-of-state');
    const opened = await openForm(bytes, body);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.known).toMatchObject({ id: 'doj-rr-102-replica', number: 'DOJ-RR 102', milestone: 'recordRequested' });
    const edits: Record<string, { value?: string; keep?: boolean }> = {
      TextField1: { keep: false },
      TextField15: { value: '(555) 010-2222' },
      CheckBox2: { value: 'male' },
    };
    const steps = opened.plan.steps.map((s) => ({ ...s, ...edits[s.field] }));
    expect(steps.find((s) => s.field === 'CheckBox2')?.label).toBe('Sex:');
    const out = await fillPlanned(bytes, opened.form, opened.plan, steps, { fonts: loadNodeFonts() });
    const values = await readFormValues(out.bytes);
    expect(values).toMatchObject({ TextField1: '', TextField2: 'Elena', TextField15: '(555) 010-2222', CheckBox1: 'true', CheckBox2: 'false' });
    expect(out.unfilled).toContainEqual({ field: 'TextField1', label: 'Last name', reason: 'left out' });
    expect(out.filled.find((s) => s.source === 'client.sex')).toMatchObject({ field: 'CheckBox1', write: 'true', value: 'male' });
    expect(out.filled).toHaveLength(opened.plan.steps.length - 1);

    const rr = await openForm(bytesOf('doj-rr-101-record-review'), body);
    if (!rr.ok) throw new Error(rr.problem);
    const sex = (s: { field: string }) => s.field === 'form1[0].#subform[0].RadioButtonList[0]';
    const radio = await fillPlanned(bytesOf('doj-rr-101-record-review'), rr.form, rr.plan, rr.plan.steps.map((s) => (sex(s) ? { ...s, value: 'M' } : s)), { fonts: loadNodeFonts() });
    expect((await readFormValues(radio.bytes))['form1[0].#subform[0].RadioButtonList[0]']).toBe('M');
  });

  it('an edit the field refuses is reported, not written: too long, no such box', async () => {
    const bytes = bytesOf('doj-rr-102-out-of-state');
    const opened = await openForm(bytes, body);
    if (!opened.ok) throw new Error(opened.problem);
    const steps = opened.plan.steps.map((s) => (s.field === 'TextField13' ? { ...s, value: 'California' } : s.field === 'CheckBox2' ? { ...s, value: 'Unknown' } : s));
    const out = await fillPlanned(bytes, opened.form, opened.plan, steps, { fonts: loadNodeFonts() });
    expect(out.unfilled).toContainEqual({ field: 'TextField13', label: 'State', reason: '"California" is longer than the field allows (2)' });
    expect(out.unfilled).toContainEqual({ field: 'CheckBox2', label: 'Sex:', reason: 'no box for "Unknown" (Male / Female)' });
    expect(await readFormValues(out.bytes)).toMatchObject({ TextField13: '', CheckBox1: 'false', CheckBox2: 'false' });
  });

  it('bad input is a one-line problem: not a PDF', async () => {
    expect(await openForm(new TextEncoder().encode('{"format":"vacatur-assist/case"}'), body)).toEqual({ ok: false, problem: 'not a PDF' });
  });
});
