import { dirname } from 'node:path';
import { importText } from '../../import/read-file';
import { CaseBody, isIsoDate, parseCaseFileText, type Client } from '../../model';
import { pageTemplates } from '../../packet';
import { loadNodeFonts } from '../../packet/fonts-node';
import { renderRecordSummaryPdf } from '../../packet/record-summary-pdf';
import { buildRecordSummary } from '../../summary/record-summary';
import { oneFlag, parseArgs } from '../args';
import { BadInput, UsageError, type Command } from '../io';
import { openInput } from '../input-file';
import { detectKind, importKindOf, loadEvents } from '../load-events';
import { todayIso } from './packet';
import { parsePeriod } from './screen';
import { jsonText } from '../terminal-text';

/**
 * The case to summarize. A case file gives the whole body; a CSV gives events only; a RAP sheet
 * gives events and the subject's name, DOB, CII and aliases (lib/rapsheet: the same reader as
 * `vacatur rapsheet`, so the header matches what an import would store).
 */
async function loadBody(bytes: Uint8Array, file: string): Promise<{ body: CaseBody; warnings: string[] }> {
  if (detectKind(bytes, file) === 'rapsheet') {
    const { loadRapSheet, RapSheetInputError } = await import('../../rapsheet/load');
    const { rapSheetToCase } = await import('../../rapsheet/to-case');
    let sheet;
    try {
      sheet = await loadRapSheet(bytes, file);
    } catch (e) {
      if (e instanceof RapSheetInputError) throw new BadInput(e.message);
      throw e;
    }
    const mapped = rapSheetToCase(sheet);
    return { body: bodyOf(mapped.events, mapped.client), warnings: sheet.warnings.map((w) => `line ${w.line}: ${w.message}`) };
  }
  // Case files and CSVs go through the screen command's loader, so errors read the same.
  const loaded = await loadEvents(bytes, file);
  if (loaded.kind === 'case') {
    const r = parseCaseFileText(importText(bytes));
    if (r.ok) return { body: r.body, warnings: loaded.warnings };
  }
  return { body: bodyOf(loaded.events, {}), warnings: loaded.warnings };
}

function bodyOf(events: CaseBody['events'], client: Partial<Client>): CaseBody {
  const r = CaseBody.safeParse({ client, events });
  return r.success ? r.data : CaseBody.parse({ client: {}, events });
}

export const summary: Command = {
  name: 'summary',
  summary: 'write the record summary PDF: the record by county and case, screening verdicts, prior relief, open questions',
  usage: 'vacatur summary FILE --out SUMMARY.pdf [--as-of DATE] [--trafficked FROM..TO]... [--json]   (FILE: case .json, events .csv, RAP sheet .txt/.pdf)',
  async run(args, io) {
    const p = parseArgs(args, ['out', 'as-of', 'trafficked'], ['json']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one file (case .json, events .csv, or RAP sheet .txt/.pdf)');
    const out = oneFlag(p, 'out');
    if (!out) throw new UsageError('--out FILE.pdf is required');
    const asOfFlag = oneFlag(p, 'as-of');
    if (asOfFlag !== undefined && !isIsoDate(asOfFlag)) throw new UsageError(`--as-of "${asOfFlag}" must be a date written YYYY-MM-DD`);
    const asOf = asOfFlag ?? todayIso();
    const periods = (p.flags.get('trafficked') ?? []).map(parsePeriod);

    const input = await openInput(io, file, (head) => importKindOf(head, file));
    const { body, warnings } = await loadBody(await input.bytes(), file);
    if (periods.length > 0) body.trafficking = { ...body.trafficking, periods };

    let fonts;
    try {
      fonts = loadNodeFonts();
    } catch (e) {
      throw new BadInput((e as Error).message);
    }
    const s = buildRecordSummary(body, { asOf });
    const bytes = await renderRecordSummaryPdf(s, { fonts, asOf });
    const pages = (await pageTemplates(bytes)).length;
    const dir = dirname(out);
    if (dir && dir !== '.') await io.mkdir(dir);
    await io.writeFile(out, bytes);

    for (const w of warnings) io.err(`warning: ${w}`);
    if (p.bools.has('json')) {
      io.out(jsonText({ out, pages, entries: s.counts.total }, 0));
      return 0;
    }
    const c = s.counts;
    io.out(
      `${out}: record summary, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${c.total} ${c.total === 1 ? 'entry' : 'entries'} ` +
        `(${c.candidate} candidate, ${c.review} review, ${c.ineligible} ineligible; ${s.priorRelief.length} prior relief, ${s.openQuestions.length} open questions) as of ${asOf}`,
    );
    return 0;
  },
};
