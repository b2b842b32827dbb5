import { loadNodeFonts } from '../../packet/fonts-node';
import { fillPlanned } from '../../forms/fill-planned';
import { openForm } from '../../forms/open-form';
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
    const opened = await openForm(bytes, parsed.body);
    if (!opened.ok) throw new BadInput(`${formPath}: ${opened.problem}`);
    const { form, plan: result } = opened;
    const filled = await fillPlanned(bytes, form, result, result.steps, { fonts: loadNodeFonts(), flatten: p.bools.has('flatten') });
    const steps = filled.filled;
    const unfilled = filled.unfilled;
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
