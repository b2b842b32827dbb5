import { collect } from '../../autofill/collect';
import { fill as fillPage } from '../../autofill/fill';
import { loadPage, adapterForPage, serializeWithState } from '../../autofill/node-page';
import { adapterProbes, plan } from '../../autofill/plan';
import { parseCaseFileText } from '../../model';
import { oneFlag, parseArgs } from '../args';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

export const fill: Command = {
  name: 'fill',
  summary: 'dry-run portal autofill on a saved page (jsdom): the planned fills, what stays empty, the filled page',
  usage: 'vacatur fill --page PAGE.html --case CASE.json [--adapter ID | --no-adapter] [--json] [--out FILLED.html]',
  async run(args, io) {
    const p = parseArgs(args, ['page', 'case', 'adapter', 'out'], ['json', 'no-adapter']);
    if (p.positionals.length) throw new UsageError(`unexpected argument "${p.positionals[0]}"`);
    const page = oneFlag(p, 'page');
    const caseFile = oneFlag(p, 'case');
    if (!page || !caseFile) throw new UsageError('give --page and --case');
    const id = oneFlag(p, 'adapter');
    if (id && p.bools.has('no-adapter')) throw new UsageError('give --adapter or --no-adapter, not both');
    const out = oneFlag(p, 'out');

    const parsed = parseCaseFileText(new TextDecoder().decode(await io.readFile(caseFile)));
    if (!parsed.ok) throw new BadInput(`${caseFile}: ${parsed.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
    const dom = loadPage(new TextDecoder().decode(await io.readFile(page)), page, io.cwd);
    const doc = dom.window.document;
    const adapter = adapterForPage(doc, id, p.bools.has('no-adapter'));
    if (adapter && 'unknown' in adapter) throw new UsageError(`no adapter "${adapter.unknown}"`);

    const snapshot = collect(doc, adapter ? { probe: adapterProbes(adapter) } : {});
    const result = plan(snapshot, parsed.body, adapter);
    const report = await fillPage(doc, result.steps, result.url, { optionTimeoutMs: 50 });
    const unfilled = [
      ...result.unfilled,
      ...result.questions.map((q) => ({ selector: q.selector, label: q.label, reason: `${q.prompt} (${q.choices.join(' | ')})` })),
    ];
    if (out) await io.writeFile(out, serializeWithState(dom));

    if (p.bools.has('json')) {
      io.out(
        jsonText({
          adapter: result.adapter,
          steps: result.steps.map(({ selector, label, source, value, confidence }) => ({ selector, label, source, value, confidence })),
          unfilled,
        }),
      );
      return 0;
    }
    const lines = [`${page}: ${result.steps.length} fields planned${result.adapter ? ` with adapter ${result.adapter}` : ' (heuristic, no adapter)'}${result.step ? `, step ${result.step}` : ''}`];
    for (const [i, s] of result.steps.entries()) {
      const o = report.outcomes[i];
      lines.push(`  ${s.label || s.selector}: ${s.value}  [${s.source}, ${s.confidence}]${o && o.outcome !== 'filled' ? ` (${o.outcome}: ${o.reason ?? ''})` : ''}`);
    }
    if (unfilled.length) lines.push('Left empty:', ...unfilled.map((u) => `  ${u.label || u.selector}: ${u.reason}`));
    if (out) lines.push(`Wrote ${out}`);
    io.out(lines.join('\n'));
    return 0;
  },
};
