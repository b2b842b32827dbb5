import { dirname, isAbsolute, join } from 'node:path';
import { isIsoDate, parseCaseFileText, type CaseBody } from '../../model';
import { screen } from '../../law';
import { assemblePacket, defaultSelection, selectionFor, type CountySelection } from '../../packet';
import { loadNodeFonts } from '../../packet/fonts-node';
import { oneFlag, parseArgs } from '../args';
import { BadInput, UsageError, type CliIo, type Command } from '../io';

/** Today's date on this machine (the CLI is the edge that may read the clock; lib/ never does). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads exhibit files named by path, relative to the case file. Data URLs are left to the packet
 * module; unreadable paths are left out, so their slip sheets say "exhibit file not attached".
 */
export async function readExhibitFiles(body: CaseBody, caseFile: string, io: CliIo): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const ev of body.evidence) {
    if (!ev.file || ev.file.startsWith('data:')) continue;
    const path = isAbsolute(ev.file) ? ev.file : join(dirname(caseFile), ev.file);
    try {
      files.set(ev.id, await io.readFile(path));
    } catch {
      // Reported by the packet as a warning, with a slip sheet in its place.
    }
  }
  return files;
}

/**
 * Which matters go in: the events named with --events, else every `candidate` from the screening
 * engine (lib/law screen(), as of `asOf`), grouped by county. "review" items stay out until the
 * attorney names them.
 */
export function selectMatters(body: CaseBody, asOf: string, only?: string[]): { selection: CountySelection[]; source: string } {
  if (only) return { selection: selectionFor(body, only), source: 'events named with --events' };
  const verdicts = new Map(screen(body, { asOf }).items.map((i) => [i.eventId, i.verdict] as const));
  return { selection: defaultSelection(body, verdicts), source: `screening candidates as of ${asOf} (name others with --events)` };
}

export const packet: Command = {
  name: 'packet',
  summary: 'write the PC 236.14 petition packet PDFs (one packet per county) for a case file',
  usage: 'vacatur packet CASE.json --out DIR [--as-of YYYY-MM-DD] [--events ID,ID...] [--full-name] [--json]',
  async run(args, io) {
    const p = parseArgs(args, ['out', 'as-of', 'events'], ['json', 'full-name']);
    const file = p.positionals[0];
    if (!file || p.positionals.length > 1) throw new UsageError('give exactly one case file');
    const out = oneFlag(p, 'out');
    if (!out) throw new UsageError('--out DIR is required');
    const asOf = oneFlag(p, 'as-of') ?? todayIso();
    if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date written YYYY-MM-DD');
    const events = oneFlag(p, 'events')?.split(',').map((s) => s.trim()).filter(Boolean);

    const parsed = parseCaseFileText(new TextDecoder().decode(await io.readFile(file)));
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
    const exhibits = await readExhibitFiles(body, file, io);
    const result = await assemblePacket(body, { asOf, selection, exhibits, fonts, useInitials: !p.bools.has('full-name') });

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

    if (p.bools.has('json')) {
      io.out(JSON.stringify({ asOf, selection: { source, counties: selection }, packets: written, warnings: result.warnings }, null, 2));
      return 0;
    }
    io.out(`Matters: ${source}.`);
    for (const w of written) {
      io.out(`${w.county} County: ${w.eventIds.length} matter(s): ${w.eventIds.join(', ')}`);
      for (const d of w.documents) io.out(`  ${d.path}  (${d.pages} p., ${kb(d.bytes)})`);
      io.out(`  ${w.combined.path}  (combined, bookmarked: ${w.combined.pages} p., ${kb(w.combined.bytes)})`);
    }
    for (const warning of result.warnings) io.err(`warning: ${warning}`);
    return 0;
  },
};

function kb(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}
