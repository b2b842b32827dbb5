import { adapterForPage, loadPage } from '../../autofill/node-page';
import { scrape as scrapePage } from '../../autofill/scrape';
import { oneFlag, parseArgs } from '../args';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

export const scrape: Command = {
  name: 'scrape',
  summary: 'read the charges, dispositions and sentences of a saved court case-summary page as case events',
  usage: 'vacatur scrape --page PAGE.html [--adapter ID] [--json]',
  async run(args, io) {
    const p = parseArgs(args, ['page', 'adapter'], ['json']);
    if (p.positionals.length) throw new UsageError(`unexpected argument "${p.positionals[0]}"`);
    const page = oneFlag(p, 'page');
    if (!page) throw new UsageError('give --page');
    const dom = loadPage(new TextDecoder().decode(await io.readFile(page)), page, io.cwd);
    const adapter = adapterForPage(dom.window.document, oneFlag(p, 'adapter'), false);
    if (adapter && 'unknown' in adapter) throw new UsageError(`no adapter "${adapter.unknown}"`);
    const result = scrapePage(dom.window.document, adapter);
    if (!result.events.length) throw new BadInput(`${page}: ${result.warnings[0] ?? 'no charges found'}`);
    if (p.bools.has('json')) {
      io.out(jsonText({ adapter: adapter?.id ?? null, caseNumber: result.caseNumber, court: result.court, county: result.county, events: result.events, warnings: result.warnings }));
      return 0;
    }
    const lines = [`${page}: case ${result.caseNumber || '(no number)'}${result.court ? `, ${result.court}` : ''}: ${result.events.length} charges`];
    for (const e of result.events) lines.push(`  ${(e.date || '????-??-??').padEnd(10)}  ${e.kind.padEnd(10)}  ${e.code} ${e.section} ${e.level ? `(${e.level})` : ''}  ${e.description}${e.disposition ? `  [${e.disposition}]` : ''}`);
    for (const w of result.warnings) lines.push(`  warning: ${w}`);
    io.out(lines.join('\n'));
    return 0;
  },
};
