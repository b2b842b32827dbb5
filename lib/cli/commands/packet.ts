import { join } from 'node:path';
import { importText } from '../../import/read-file';
import { isIsoDate, parseCaseFileText, type CaseBody } from '../../model';
import { screen } from '../../law';
import { assemblePacket, guardMatters, refusalText, selectionFor, type CountySelection } from '../../packet';
import { loadNodeFonts } from '../../packet/fonts-node';
import { oneFlag, parseArgs } from '../args';
import { exhibitFolder, readExhibitFiles } from '../exhibit-files';
import { openInput } from '../input-file';
import { BadInput, UsageError, type Command } from '../io';
import { jsonText } from '../terminal-text';

/** Today's date on this machine (the CLI is the edge that may read the clock; lib/ never does). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Which matters go in: the events named with --events, else every `candidate` from the screening
 * engine (lib/law screen(), as of `asOf`), grouped by county, plus entries carrying an attorney
 * override recorded on the case. A named event that is not a candidate (and has no recorded
 * override) is refused with the screening's reason: a petition is sworn to (Pen. Code § 236.14(b)).
 */
export function selectMatters(body: CaseBody, asOf: string, only?: string[]): { selection: CountySelection[]; source: string } {
  const items = screen(body, { asOf }).items;
  const ids = only ?? items.filter((i) => i.verdict === 'candidate' || body.events.find((e) => e.id === i.eventId)?.packetOverride).map((i) => i.eventId);
  const guard = guardMatters(body, ids, asOf, items);
  if (guard.refused.length > 0) {
    throw new BadInput(`refused (only screening candidates go into a petition; an attorney override must be recorded on the entry as "packetOverride": { "reason": ... }): ${guard.refused.map(refusalText).join('; ')}`);
  }
  const source = only ? 'events named with --events' : `screening candidates as of ${asOf} (name others with --events)`;
  return { selection: selectionFor(body, guard.allowed), source: guard.overridden.length ? `${source}; ${guard.overridden.length} by attorney override` : source };
}

export const packet: Command = {
  name: 'packet',
  summary: 'write the PC 236.14 petition packet PDFs (one packet per county) for a case file',
  usage: 'vacatur packet CASE.json --out DIR [--exhibits DIR] [--as-of YYYY-MM-DD] [--events ID,ID...] [--full-name] [--final] [--json]   (exhibit files are read only from the case file\'s folder, or --exhibits DIR; --final refuses while draft items remain)',
  async run(args, io) {
    const p = parseArgs(args, ['out', 'exhibits', 'as-of', 'events'], ['json', 'full-name', 'final']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one case file');
    const out = oneFlag(p, 'out');
    if (!out) throw new UsageError('--out DIR is required');
    const asOf = oneFlag(p, 'as-of') ?? todayIso();
    if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date written YYYY-MM-DD');
    const events = oneFlag(p, 'events')?.split(',').map((s) => s.trim()).filter(Boolean);

    const parsed = parseCaseFileText(importText(await (await openInput(io, file, 'case-json')).bytes()));
    if (!parsed.ok) throw new BadInput(`${file}: not a valid case file (${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}); run vacatur validate`);
    const body = parsed.body;
    const { selection, source } = selectMatters(body, asOf, events);
    if (selection.length === 0) throw new BadInput(`${file}: no matters to petition for (${source})`);

    let fonts;
    try {
      fonts = loadNodeFonts();
    } catch (e) {
      throw new BadInput((e as Error).message);
    }
    const folder = await exhibitFolder(io.cwd, file, oneFlag(p, 'exhibits'));
    const { files, unreadable } = await readExhibitFiles(body.evidence, folder);
    const result = await assemblePacket(body, { asOf, selection, exhibits: files, unreadableExhibits: unreadable, fonts, useInitials: !p.bools.has('full-name') });

    // A final build is what gets filed: nothing is written while a placeholder, an attorney note or
    // a missing exhibit remains (a sworn petition, Pen. Code § 236.14(b), cannot hold blanks).
    if (p.bools.has('final') && result.draft.length > 0) {
      throw new BadInput(`final build refused: draft: ${result.draft.length} ${result.draft.length === 1 ? 'item' : 'items'} to complete (first: ${result.draft[0]}); build without --final to see them all`);
    }
    await io.mkdir(out);
    const written: { county: string; combined: { path: string; bytes: number; pages: number }; documents: { path: string; title: string; template: string; bytes: number; pages: number }[]; eventIds: string[] }[] = [];
    for (const pk of result.packets) {
      const docs = [];
      for (const d of pk.documents) {
        const path = join(out, d.name);
        await io.writeFile(path, d.bytes);
        docs.push({ path, title: d.title, template: d.template, bytes: d.bytes.length, pages: d.pages });
      }
      const path = join(out, pk.combined.name);
      await io.writeFile(path, pk.combined.bytes);
      written.push({ county: pk.county, combined: { path, bytes: pk.combined.bytes.length, pages: pk.combined.pages }, documents: docs, eventIds: pk.eventIds });
    }

    // Overrides are said on stderr in every mode, JSON included: nobody should miss one.
    if (p.bools.has('json')) for (const w of result.warnings.filter((x) => x.startsWith('ATTORNEY OVERRIDE'))) io.err(`warning: ${w}`);
    if (p.bools.has('json')) {
      io.out(jsonText({ asOf, selection: { source, counties: selection }, packets: written, warnings: result.warnings, draft: result.draft, overrides: result.overrides }));
      return 0;
    }
    io.out(`Matters: ${source}.`);
    for (const w of written) {
      io.out(`${w.county} County: ${w.eventIds.length} matter(s): ${w.eventIds.join(', ')}`);
      for (const d of w.documents) io.out(`  ${d.path}  (${d.pages} p., ${kb(d.bytes)})`);
      io.out(`  ${w.combined.path}  (combined, bookmarked: ${w.combined.pages} p., ${kb(w.combined.bytes)})`);
    }
    if (result.draft.length > 0) io.out([`draft: ${result.draft.length} ${result.draft.length === 1 ? 'item' : 'items'} to complete before filing:`, ...result.draft.map((d) => `  - ${d}`)].join('\n'));
    else io.out('draft: nothing left to complete.');
    for (const warning of result.warnings) io.err(`warning: ${warning}`);
    return 0;
  },
};

function kb(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}
