/**
 * Exhibits: reading the files once (PDF, PNG, JPEG; data: URLs decoded here, paths resolved by the
 * caller), slip sheets, and the exhibits PDF. Exhibit pages carry no pleading footer (CRC 2.110
 * applies "on every page except exhibits"). A missing or unreadable file never stops the packet:
 * its slip sheet says "exhibit file not attached" and the caller gets a warning.
 */
import type { Evidence } from '@/lib/model';
import { exhibitLetter, type ExhibitEntry } from './documents/context';
import { wrapRuns, parseMarkup } from './layout/wrap';
import type { DrawOp, Measure } from './layout/types';
import { loadExhibitFile, type LoadedExhibit, type OutlineItem, type PdfWriter } from './pdf';

export const EXHIBITS_TEMPLATE = 'exhibits';
export const SLIP_SHEET_TEMPLATE = 'exhibit-slip-sheet';

/** Decodes a base64 `data:` URL; undefined when `s` is not one. */
export function decodeDataUrl(s: string): Uint8Array | undefined {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(s);
  if (!m) return undefined;
  if (!m[2]) return new TextEncoder().encode(decodeURIComponent(m[3]!));
  const bin = atob(m[3]!.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export interface LoadedExhibits {
  entries: ExhibitEntry[];
  files: Map<string, LoadedExhibit>;
  warnings: string[];
}

/**
 * Lettered exhibits for every evidence item, with their files read. `files` maps evidence id to
 * bytes (the CLI reads paths relative to the case file; the side panel passes what it holds);
 * an evidence `file` that is a data: URL is decoded when the map has no entry.
 */
export async function loadExhibits(evidence: Evidence[], files?: Map<string, Uint8Array>): Promise<LoadedExhibits> {
  const entries: ExhibitEntry[] = [];
  const loaded = new Map<string, LoadedExhibit>();
  const warnings: string[] = [];
  for (const [i, ev] of evidence.entries()) {
    const letter = exhibitLetter(i);
    const bytes = files?.get(ev.id) ?? (ev.file ? decodeDataUrl(ev.file) : undefined);
    if (!bytes) {
      const problem = ev.file ? `file not found (${ev.file.startsWith('data:') ? 'data URL' : ev.file})` : 'no file given';
      warnings.push(`Exhibit ${letter} (${ev.id}): ${problem}; its slip sheet says "exhibit file not attached"`);
      entries.push({ letter, evidence: ev, pages: 0, attached: false, problem });
      continue;
    }
    const file = await loadExhibitFile(bytes);
    if (file.kind === 'error') {
      warnings.push(`Exhibit ${letter} (${ev.id}): ${file.message}; its slip sheet says "exhibit file not attached"`);
      entries.push({ letter, evidence: ev, pages: 0, attached: false, problem: file.message });
      continue;
    }
    loaded.set(ev.id, file);
    entries.push({ letter, evidence: ev, pages: file.pages, attached: true });
  }
  return { entries, files: loaded, warnings };
}

/** A plain (non-pleading) slip sheet: "EXHIBIT A", the title, and a note when the file is missing. */
export function slipSheetOps(e: ExhibitEntry, measure: Measure): DrawOp[] {
  const ops: DrawOp[] = [];
  const center = 306;
  const label = `EXHIBIT ${e.letter}`;
  ops.push({ kind: 'text', x: center - measure(label, 'bold', 28) / 2, y: 460, text: label, style: 'bold', size: 28 });
  let y = 420;
  for (const line of wrapRuns(parseMarkup(e.evidence.title || ''), { width: 400, size: 14, measure })) {
    const text = line.segments.map((s) => s.text).join('');
    ops.push({ kind: 'text', x: center - line.width / 2, y, text, style: 'regular', size: 14 });
    y -= 20;
  }
  if (!e.attached) {
    const note = `[Exhibit file not attached${e.problem ? `: ${e.problem}` : ''}]`;
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
 * (page indices relative to the writer's first page).
 */
export async function writeExhibits(writer: PdfWriter, ex: LoadedExhibits, measure: Measure): Promise<OutlineItem[]> {
  const outline: OutlineItem[] = [];
  for (const e of ex.entries) {
    outline.push({ title: `Exhibit ${e.letter}: ${e.evidence.title || 'untitled'}${e.attached ? '' : ' (file not attached)'}`, pageIndex: writer.pageCount });
    await writer.addOpsPage(slipSheetOps(e, measure), SLIP_SHEET_TEMPLATE);
    const file = ex.files.get(e.evidence.id);
    if (!file || file.kind === 'error') continue;
    if (file.kind === 'pdf') await writer.appendPdf(file, EXHIBITS_TEMPLATE);
    else await writer.addImagePage(file, EXHIBITS_TEMPLATE);
  }
  return outline;
}
