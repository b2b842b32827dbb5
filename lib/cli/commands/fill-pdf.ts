import { loadNodeFonts } from '../../packet/fonts-node';
import { fillForm, inspectForm } from '../../packet/pdf-forms';
import { planForm } from '../../forms/plan';
import { readForm } from '../../forms/read';
import { parseCaseFileText } from '../../model';
import { oneFlag, parseArgs } from '../args';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

export const fillPdf: Command = {
  name: 'fill-pdf',
  summary: 'fill a fillable PDF form (AcroForm) from a case: never signatures, preprinted, official-use or SSN fields',
  usage: 'vacatur fill-pdf FORM.pdf --case CASE.json --out FILLED.pdf [--json] [--flatten]',
  async run(args, io) {
    const p = parseArgs(args, ['case', 'out'], ['json', 'flatten']);
    if (p.positionals.length !== 1) throw new UsageError(p.positionals.length ? `unexpected argument "${p.positionals[1]}"` : 'give the form PDF');
    const formPath = p.positionals[0]!;
    const caseFile = oneFlag(p, 'case');
    const out = oneFlag(p, 'out');
    if (!caseFile || !out) throw new UsageError('give --case and --out');

    const parsed = parseCaseFileText(new TextDecoder().decode(await io.readFile(caseFile)));
    if (!parsed.ok) throw new BadInput(`${caseFile}: ${parsed.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
    const bytes = await io.readFile(formPath);
    if (new TextDecoder().decode(bytes.slice(0, 1024)).indexOf('%PDF-') < 0) throw new BadInput(`${formPath}: not a PDF`);
    let info;
    try {
      info = await inspectForm(bytes);
    } catch {
      throw new BadInput(`${formPath}: not a readable PDF`);
    }
    if (info.encrypted) throw new BadInput(`${formPath}: the PDF is encrypted; open it and save an unlocked copy first`);
    if (!info.fieldCount) throw new BadInput(`${formPath}: the PDF has no form fields to fill`);

    const form = await readForm(bytes);
    const result = planForm(form, parsed.body);
    const filled = await fillForm(bytes, result.steps.map((s) => ({ field: s.field, value: s.write })), { fonts: loadNodeFonts(), flatten: p.bools.has('flatten') });
    const failed = filled.outcomes.filter((o) => o.outcome === 'skipped');
    const steps = result.steps.filter((s) => !failed.some((f) => f.field === s.field));
    const unfilled = [...result.unfilled, ...failed.map((f) => ({ field: f.field, label: result.steps.find((s) => s.field === f.field)?.label ?? f.field, reason: f.reason ?? 'not filled' }))];
    await io.writeFile(out, filled.bytes);

    if (p.bools.has('json')) {
      io.out(jsonText({ form: result.adapter ?? form.firstPageText.split('\n')[0] ?? formPath, steps: steps.map(({ field, label, source, value, confidence }) => ({ field, label, source, value, confidence })), unfilled, warnings: filled.warnings }));
      return 0;
    }
    const lines = [`${formPath}: ${steps.length} of ${result.total} fields filled${result.adapter ? ` with adapter ${result.adapter}` : ' (heuristic, no adapter)'}`];
    for (const s of steps) lines.push(`  ${s.label || s.field}: ${s.value}  [${s.source}, ${s.confidence}]`);
    if (unfilled.length) lines.push('Left empty:', ...unfilled.map((u) => `  ${u.label || u.field}: ${u.reason}`));
    for (const w of filled.warnings) lines.push(`Warning: ${w}`);
    lines.push(`Wrote ${out}`);
    io.out(lines.join('\n'));
    return 0;
  },
};
