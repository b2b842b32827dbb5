/**
 * Exhibits: reading the files once (PDF, PNG, JPEG; data: URLs decoded here, paths resolved by the
 * caller, files stored by the extension fetched by the caller's loader), slip sheets, and the
 * exhibits PDF. Exhibit pages carry no pleading footer (CRC 2.110
 * applies "on every page except exhibits"). A missing or unreadable file never stops the packet:
 * its slip sheet shows the exhibit's title and "exhibit file not attached", the caller gets a
 * warning and a draft item. Why the file is missing is said in the warning, never on a page: the
 * reason can name a path on the attorney's computer, and the packet is filed with the court.
 */
import type { Evidence } from '@/lib/model';
import { decodeDataUrl } from '@/lib/data-url';
import { exhibitLetter, type ExhibitEntry } from './documents/context';
import { wrapRuns, parseMarkup } from './layout/wrap';
import type { DrawOp, Measure } from './layout/types';
import { exhibitHeaderProblem, LIMITS, pagesProblem } from './limits';
import { loadExhibitFile, type LoadedExhibit, type OutlineItem, type PdfWriter } from './pdf';

export const EXHIBITS_TEMPLATE = 'exhibits';
export const SLIP_SHEET_TEMPLATE = 'exhibit-slip-sheet';

/**
 * The largest exhibit file accepted, 50 MB, whether read from disk by the CLI or decoded from a
 * data URL. The packet holds every exhibit in memory several times over (the bytes, the parsed
 * file, each county's exhibits PDF and combined PDF), so one huge or hostile file could exhaust
 * memory. Scanned exhibits are a few MB at most, and e-filing providers limit each upload to a
 * few tens of MB, so a larger file has to be split or compressed before filing anyway.
 */
export const MAX_EXHIBIT_BYTES = LIMITS.exhibitBytes;
const MAX_EXHIBIT_MB = MAX_EXHIBIT_BYTES / (1024 * 1024);

/** Decodes a base64 `data:` URL; undefined when `s` is not one or is malformed (bad base64 or %-escapes). */
export { decodeDataUrl };

/**
 * Reads one exhibit's file when the packet needs it: bytes, why there are none (`problem`, said
 * in the warning and draft item, never on a page), or undefined to fall back to the entry's own
 * `file` (a data: URL). The side panel fetches the extension's stored file (`exhibits/get`); the
 * CLI reads paths inside the exhibits folder. Called once per exhibit, one after another, so only
 * the files being merged are in memory.
 */
export type ExhibitLoader = (ev: Evidence) => Promise<Uint8Array | { problem: string } | undefined>;

/** A PDF with no page (cut short, or a damaged page tree) or past the page limit. */
function pdfPagesProblem(pages: number): string | undefined {
  if (pages === 0) return 'the PDF has no readable page (it may be damaged or cut short)';
  return pagesProblem(pages, LIMITS.exhibitPdf);
}

export interface LoadedExhibits {
  entries: ExhibitEntry[];
  files: Map<string, LoadedExhibit>;
  warnings: string[];
  /** One item per exhibit whose file is not attached: what the attorney must add before filing. No paths. */
  draft: string[];
}

/** The file's bytes, or why there are none (path-free: it becomes the draft item). */
async function exhibitBytes(ev: Evidence, files?: Map<string, Uint8Array>, unreadable?: Map<string, string>, load?: ExhibitLoader): Promise<Uint8Array | { problem: string }> {
  // Bytes handed over were sized by the caller (the CLI caps its reads; the panel's store caps each file at 25 MB).
  const given = files?.get(ev.id);
  if (given) return given;
  const loaded = await load?.(ev).catch((e: unknown) => ({ problem: (e as Error)?.message ?? 'the file could not be read' }));
  if (loaded) return loaded;
  const why = unreadable?.get(ev.id);
  if (!ev.file) return { problem: why ?? (ev.fileRef ? 'the stored file was not read' : 'no file given') };
  if (!ev.file.startsWith('data:')) return { problem: why ?? 'file not found' };
  const decoded = decodeDataUrl(ev.file);
  if (!decoded) return { problem: 'the data URL could not be decoded' };
  if (decoded.length > MAX_EXHIBIT_BYTES) return { problem: `data URL larger than the ${MAX_EXHIBIT_MB} MB limit for one exhibit` };
  return decoded;
}

/**
 * Lettered exhibits for every evidence item, with their files read. `files` maps evidence id to
 * bytes (the CLI reads paths inside the exhibits folder); then `load` is asked (the side panel
 * fetches the stored file); an evidence `file` that is a data: URL is decoded when neither
 * gives bytes. `unreadable` maps evidence id to why the caller could not read its path (said in
 * the warning and draft item).
 */
export async function loadExhibits(evidence: Evidence[], files?: Map<string, Uint8Array>, unreadable?: Map<string, string>, load?: ExhibitLoader): Promise<LoadedExhibits> {
  const entries: ExhibitEntry[] = [];
  const loaded = new Map<string, LoadedExhibit>();
  const warnings: string[] = [];
  const draft: string[] = [];
  const notAttached = (letter: string, ev: Evidence, problem: string, where: string) => {
    // Named by its title, as the attorney knows it (never the internal id).
    warnings.push(`Exhibit ${letter} ("${ev.title || 'untitled'}"): ${problem}${where}; its slip sheet says "exhibit file not attached"`);
    draft.push(`Exhibit ${letter}: attach the file for "${ev.title || 'untitled'}" (${problem})`);
    entries.push({ letter, evidence: ev, pages: 0, attached: false, problem });
  };
  for (const [i, ev] of evidence.entries()) {
    const letter = exhibitLetter(i);
    const bytes = await exhibitBytes(ev, files, unreadable, load);
    if (!(bytes instanceof Uint8Array)) {
      // The path (as written in the case file) helps the attorney find the file; it goes in the warning only.
      const where = ev.file && !files?.has(ev.id) && !ev.fileRef ? ` (${ev.file.startsWith('data:') ? 'data URL' : ev.file})` : '';
      notAttached(letter, ev, bytes.problem, where);
      continue;
    }
    // Past a limit (limits.ts): skipped, never parsed or decoded. The header says enough for bytes and pixels.
    const tooBig = exhibitHeaderProblem(bytes);
    if (tooBig) {
      notAttached(letter, ev, tooBig, '');
      continue;
    }
    const file = await loadExhibitFile(bytes);
    const problem = file.kind === 'error' ? file.message : file.kind === 'pdf' ? pdfPagesProblem(file.pages) : undefined;
    if (problem || file.kind === 'error') {
      notAttached(letter, ev, problem ?? 'the file could not be read', '');
      continue;
    }
    loaded.set(ev.id, file);
    entries.push({ letter, evidence: ev, pages: file.pages, attached: true });
  }
  return { entries, files: loaded, warnings, draft };
}

/**
 * A plain (non-pleading) slip sheet: "EXHIBIT A", the title, and a fixed note when the file is
 * missing. The note never says why: the reason can carry a path or a file name (module doc).
 */
export function slipSheetOps(e: ExhibitEntry, measure: Measure): DrawOp[] {
  const ops: DrawOp[] = [];
  const center = 306;
  const label = `EXHIBIT ${e.letter}`;
  ops.push({ kind: 'text', x: center - measure(label, 'bold', 28) / 2, y: 460, text: label, style: 'bold', size: 28 });
  let y = 420;
  // The title is the user's own text, never markup: `**` and `__` in it print as typed.
  for (const line of wrapRuns([{ text: e.evidence.title || '', style: 'regular' }], { width: 400, size: 14, measure })) {
    const text = line.segments.map((s) => s.text).join('');
    ops.push({ kind: 'text', x: center - line.width / 2, y, text, style: 'regular', size: 14 });
    y -= 20;
  }
  if (e.lodged) {
    for (const text of ['Lodged conditionally under seal:', 'not part of the public file', '(Pen. Code, § 236.14, subd. (q))']) {
      ops.push({ kind: 'text', x: center - measure(text, 'regular', 12) / 2, y: y - 16, text, style: 'regular', size: 12 });
      y -= 16;
    }
  } else if (!e.attached) {
    const note = '[Exhibit file not attached]';
    for (const line of wrapRuns(parseMarkup(note), { width: 400, size: 12, measure })) {
      const text = line.segments.map((s) => s.text).join('');
      ops.push({ kind: 'text', x: center - line.width / 2, y: y - 16, text, style: 'regular', size: 12 });
      y -= 16;
    }
  }
  return ops;
}

/**
 * Writes slip sheets and exhibit pages into `writer`; returns one bookmark per exhibit
 * (page indices relative to the writer's first page). `sealed` writes only the lodged exhibits,
 * whole (the confidential exhibits file); otherwise a lodged exhibit gets its slip sheet only.
 */
export async function writeExhibits(writer: PdfWriter, ex: LoadedExhibits, measure: Measure, sealed = false): Promise<OutlineItem[]> {
  const outline: OutlineItem[] = [];
  for (const e of ex.entries) {
    if (sealed && !e.lodged) continue;
    const note = e.attached ? (e.lodged && !sealed ? ' (lodged under seal)' : '') : ' (file not attached)';
    outline.push({ title: `Exhibit ${e.letter}: ${e.evidence.title || 'untitled'}${note}`, pageIndex: writer.pageCount });
    await writer.addOpsPage(slipSheetOps(sealed ? { ...e, lodged: false } : e, measure), SLIP_SHEET_TEMPLATE);
    if (e.lodged && !sealed) continue;
    const file = ex.files.get(e.evidence.id);
    if (!file || file.kind === 'error') continue;
    if (file.kind === 'pdf') await writer.appendPdf(file, EXHIBITS_TEMPLATE);
    else await writer.addImagePage(file, EXHIBITS_TEMPLATE);
  }
  return outline;
}
