/**
 * The PDF worker's message protocol: the jobs it runs, with their input and output types, and
 * the messages between the panel and the worker. Every run has an id; the worker answers it with
 * progress messages and then exactly one `done` or `error`. Errors travel as messages (name +
 * one-line text), never as exceptions across threads. Bytes travel as transferred ArrayBuffers.
 */
import type { PdfFormRead } from '../forms/read';
import type { CaseBody } from '../model';
import type { CountySelection, PacketResult } from '../packet/assemble';
import type { FileKind } from '../packet/image-info';
import type { FontBytes } from '../packet/pdf';
import type { FormFill, FormFillResult } from '../packet/pdf-forms';

/** What an exhibit file is, read without decoding it: kind, pages, image size, and why it would be skipped. */
export interface ExhibitInspection {
  kind: FileKind;
  pages: number;
  width?: number;
  height?: number;
  /** One line naming the file and the limit or the damage; undefined when the file can go in a packet. */
  problem?: string;
}

export interface PacketJobInput {
  body: CaseBody;
  asOf: string;
  selection?: CountySelection[];
  /** Instead of `selection`: these events, grouped by county in the worker (selectionFor), so the panel never loads lib/packet. */
  eventIds?: string[];
  useInitials?: boolean;
  /**
   * Exhibit files by evidence id: bytes (their buffers are transferred to the worker), or a base64
   * `data:` URL as the store sends it, decoded in the worker instead of on the panel's thread.
   */
  exhibits?: Map<string, Uint8Array | string>;
  unreadableExhibits?: Map<string, string>;
  /** Defaults to the fonts bundled with the extension (lib/packet/fonts-web.ts). */
  fonts?: FontBytes;
}

/** Every job the PDF worker runs: its input and its output. */
export interface PdfJobs {
  /** A RAP sheet file (.txt or text PDF) → its text; past the RAP sheet limits → RapSheetInputError. */
  'rap-sheet-text': { input: { bytes: Uint8Array; fileName: string }; output: { text: string } };
  /** The petition packets (lib/packet assemblePacket), with progress per document. */
  packet: { input: PacketJobInput; output: PacketResult };
  /** An exhibit file checked against the limits, as the packet will see it. */
  'inspect-exhibit': { input: { bytes: Uint8Array; fileName: string }; output: ExhibitInspection };
  /** The AcroForm fields of a PDF form (lib/forms readForm), after the PDF form limits. */
  'read-form': { input: { bytes: Uint8Array; fileName: string }; output: PdfFormRead };
  /**
   * One page drawn to a bitmap (the packet's page preview): pdfjs parses and draws on an
   * OffscreenCanvas in the worker, the panel only shows the ImageBitmap. `width` in device pixels.
   */
  'render-page': { input: { bytes: Uint8Array; fileName: string; page: number; width: number }; output: { bitmap: ImageBitmap; pages: number } };
  /** A PDF form filled (lib/packet/pdf-forms fillForm), after the PDF form limits. */
  'fill-form': { input: { bytes: Uint8Array; fileName: string; fills: FormFill[]; flatten?: boolean; fonts?: FontBytes }; output: FormFillResult };
}

export type JobKind = keyof PdfJobs;
export type JobInput<K extends JobKind> = PdfJobs[K]['input'];
export type JobOutput<K extends JobKind> = PdfJobs[K]['output'];

/** Panel → worker. */
export type ToWorker = { type: 'run'; id: number; kind: JobKind; input: unknown } | { type: 'cancel'; id: number };

/** Worker → panel. `ready` is sent once, when the worker's module has loaded. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number; label?: string }
  | { type: 'done'; id: number; output: unknown }
  | { type: 'error'; id: number; name: string; message: string };

/**
 * The ArrayBuffers under every typed array in `value`, and its ImageBitmaps (objects, arrays and
 * Maps, a few levels deep), each once: what postMessage transfers instead of copying.
 * @example transferables({ bytes }) // [bytes.buffer]
 */
export function transferables(value: unknown, depth = 8, out = new Set<Transferable>()): Transferable[] {
  if (depth < 0 || value === null || typeof value !== 'object') return [...out];
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.buffer.byteLength > 0) out.add(value.buffer);
    return [...out];
  }
  if (typeof ImageBitmap !== 'undefined' && value instanceof ImageBitmap) {
    out.add(value);
    return [...out];
  }
  const children = value instanceof Map ? value.values() : Array.isArray(value) ? value.values() : Object.values(value);
  for (const child of children) if (child !== null && typeof child === 'object') transferables(child, depth - 1, out);
  return [...out];
}
