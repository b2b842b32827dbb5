// PDF forms budget (issue 13): read + plan + fill a generated 4-page, 120-field AcroForm in Node,
// through the functions the panel and the CLI use (lib/forms openForm + fillPlanned). Each page
// prints its labels beside the fields (no tooltips), like a scanned-and-retyped court form.
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { fillPlanned } from '@/lib/forms/fill-planned';
import { openForm } from '@/lib/forms/open-form';
import { CaseBody } from '@/lib/model';
import { loadNodeFonts } from '@/lib/packet/fonts-node';

interface Ctx {
  report(f: { name: string; value: number; unit: string; budget?: number }): void;
}

// Labels the case can fill (client, attorney, court) and labels it cannot (employer, comments).
const LABELS = [
  'Last name', 'First name', 'Middle name', 'Other names used', 'Date of birth', 'Place of birth', 'Height', 'Weight', 'Eye color', 'Hair color',
  "Driver's license number", 'Street address', 'City', 'State', 'ZIP code', 'Telephone', 'E-mail', 'CII number', 'Attorney name', 'State Bar number',
  'Firm name', 'Attorney telephone', 'Case number', 'Employer', 'Occupation', 'Emergency contact', 'Comments', 'Reference number', 'Purpose', 'Notes',
];

/** A 4-page form, 30 fields a page (26 text, 2 checkboxes, a Sex radio pair, a list), each labelled on the page. */
export async function benchForm(pages = 4, perPage = 30): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  let n = 0;
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`BENCH FORM ${p + 1} OF ${pages}`, { x: 36, y: 760, size: 10, font });
    for (let i = 0; i < perPage; i++) {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const x = 36 + col * 288;
      const y = 720 - row * 44;
      const name = `form1[0].Page${p + 1}[0].Field[${n++}]`;
      if (i === perPage - 4) {
        page.drawText('Sex:', { x, y: y + 2, size: 8, font });
        const g = form.createRadioGroup(name);
        g.addOptionToPage('M', page, { x: x + 30, y, width: 10, height: 10 });
        page.drawText('M', { x: x + 43, y: y + 2, size: 8, font });
        g.addOptionToPage('F', page, { x: x + 60, y, width: 10, height: 10 });
        page.drawText('F', { x: x + 73, y: y + 2, size: 8, font });
      } else if (i === perPage - 3 || i === perPage - 2) {
        form.createCheckBox(name).addToPage(page, { x, y, width: 10, height: 10 });
        page.drawText(i === perPage - 3 ? 'Interpreter needed' : 'I have read the instructions', { x: x + 14, y: y + 2, size: 8, font });
      } else if (i === perPage - 1) {
        page.drawText('County', { x, y: y + 16, size: 8, font });
        const d = form.createDropdown(name);
        d.addOptions(['', 'Alder', 'Brightwater', 'Cedar Flats']);
        d.addToPage(page, { x, y, width: 140, height: 14, font });
      } else {
        page.drawText(LABELS[(i + p * 7) % LABELS.length]!, { x, y: y + 16, size: 8, font });
        form.createTextField(name).addToPage(page, { x, y, width: 240, height: 14, font });
      }
    }
  }
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

const CASE = CaseBody.parse({
  client: {
    firstName: 'Mireya', middleName: 'Ana', lastName: 'Solano', aliases: ['Mira Sol'], dob: '1991-04-09', sex: 'F', cii: 'A07654321', placeOfBirth: 'CA',
    height: "5'06\"", weight: '140', eyeColor: 'Brown', hairColor: 'Black', driversLicense: 'D1234567', phone: '(510) 555-0142', email: 'mireya@example.test',
    address: { street: '42 Example Lane', city: 'Alder', state: 'CA', zip: '94000' },
  },
  attorney: { name: 'Priya N. Castellanos', barNumber: '287654', firm: 'Example Legal Aid (fictional)', phone: '(510) 555-0100' },
  court: { county: 'Alder', caseNumber: 'AL-19-CR-004512' },
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

export async function runFormsBenchmarks(ctx: Ctx): Promise<void> {
  const bytes = await benchForm();
  const fonts = loadNodeFonts();
  const runs: { read: number; fill: number; total: number; cpu: number; filled: number; total_fields: number }[] = [];
  // One collected heap for the whole benchmark, as medianMs (node-bench.ts) does: runs share it.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < 9; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const opened = await openForm(bytes, CASE);
    if (!opened.ok) throw new Error(`bench form: ${opened.problem}`);
    const t1 = performance.now();
    const out = await fillPlanned(bytes, opened.form, opened.plan, opened.plan.steps, { fonts });
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    if (i >= 2) runs.push({ read: t1 - t0, fill: t2 - t1, total: t2 - t0, cpu: (c.user + c.system) / 1000, filled: out.filled.length, total_fields: opened.plan.total });
  }
  const last = runs[runs.length - 1]!;
  ctx.report({ name: `forms: read + plan + fill, 4 pages, ${last.total_fields} fields (median of ${runs.length})`, value: round(median(runs.map((r) => r.total))), unit: 'ms', budget: 300 });
  ctx.report({ name: 'forms: of which read + plan (pdf-lib checks, pdfjs, matcher)', value: round(median(runs.map((r) => r.read))), unit: 'ms' });
  ctx.report({ name: 'forms: of which fill (pdf-lib, appearances, font subset)', value: round(median(runs.map((r) => r.fill))), unit: 'ms' });
  // CPU time of the process (all threads, GC included) per run: the wall time above grows with
  // the machine's load; this one barely does.
  ctx.report({ name: 'forms: CPU time per read + plan + fill (median)', value: round(median(runs.map((r) => r.cpu))), unit: 'ms' });
  ctx.report({ name: 'forms: fields filled by the heuristic plan', value: last.filled, unit: 'n' });
}
