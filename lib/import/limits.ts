/**
 * The one check of a file brought in, shared by the CLI (lib/cli/input-file.ts) and the side
 * panel's importers (lib/import/read-file.ts): from its kind, name, size and first bytes, it is
 * read or refused with one line, before anything reads the rest. So both accept and refuse the
 * same files, and neither runs out of memory on a file that was never going to fit.
 * Pure: no file system, no DOM.
 */

/** What the file is meant to be: chosen by the importer, or by the CLI from the name and first bytes. */
export type ImportKind = 'events-csv' | 'case-json' | 'rap-sheet' | 'backup';
/** A RAP sheet is read as text or as a PDF, told apart by its first bytes; each has its own limit. */
export type CheckedKind = Exclude<ImportKind, 'rap-sheet'> | 'rap-text' | 'rap-pdf';

const MB = 1024 * 1024;

/**
 * The largest file of each kind. The CLI streams events CSVs (rows are screened in batches and
 * written out as they go), so they may be large: a clinic's intake list of 600,000 rows is about
 * 60 MB. Everything else is read whole into one string (JSON.parse, the RAP parser, pdfjs, the
 * backup's decryption), so it gets a lower limit, well above real files: a RAP sheet is tens of
 * KB, a case file a few MB unless it carries exhibits as data URLs (each at most 50 MB,
 * lib/packet/exhibits.ts). A browser cannot hold one string past about 512 MB at all.
 */
export const IMPORT_LIMITS: Readonly<Record<CheckedKind, { label: string; bytes: number }>> = {
  'events-csv': { label: 'events CSV', bytes: 256 * MB },
  'case-json': { label: 'case file', bytes: 128 * MB },
  'rap-text': { label: 'RAP sheet text file', bytes: 16 * MB },
  // The same 20 MB as the PDF reader's own limit (LIMITS.rapSheetPdf, lib/packet/limits.ts, which also caps pages).
  'rap-pdf': { label: 'RAP sheet PDF', bytes: 20 * MB },
  backup: { label: 'backup file', bytes: 256 * MB },
};

/** How many first bytes the check looks at (the same span `isPdf` in lib/rapsheet/load.ts reads). */
export const IMPORT_HEAD_BYTES = 1024;

export interface ImportFileFacts {
  kind: ImportKind;
  /** As the user knows it: the path typed, or the picked file's name. */
  name: string;
  size: number;
  /** The first bytes (up to IMPORT_HEAD_BYTES; fewer is fine). */
  head: Uint8Array;
}

export type ImportCheck = { ok: true; kind: CheckedKind } | { ok: false; message: string };

/**
 * Sizes for people: 1 decimal, rounded up for a file (so one byte over 256 MB never reads as
 * "256 MB") and down for a limit.
 * @example formatBytes(2.1 * 1024 ** 3) // '2.1 GB'
 */
export function formatBytes(bytes: number, round: 'up' | 'down' = 'up'): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [MB, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const tenths = (round === 'up' ? Math.ceil : Math.floor)((bytes / size) * 10) / 10;
      return `${String(tenths)} ${unit}`;
    }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

const startsWith = (head: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ascii = (head: Uint8Array) => String.fromCharCode(...head.subarray(0, IMPORT_HEAD_BYTES));

/** What a binary head looks like, for the refusal. */
function binaryKind(head: Uint8Array): string | null {
  if (ascii(head).includes('%PDF-')) return 'a PDF';
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) return 'a zip file (an Excel or Word file is one)';
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office file (.xls or .doc)';
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47) || startsWith(head, 0xff, 0xd8, 0xff)) return 'an image';
  if (head.subarray(0, IMPORT_HEAD_BYTES).includes(0)) return 'not a text file';
  return null;
}

const utf16 = (head: Uint8Array) => startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff);

const SAVE_AS: Record<Exclude<CheckedKind, 'rap-pdf'>, string> = {
  'events-csv': 'save it as CSV UTF-8 and open that',
  'case-json': 'a case file is the UTF-8 JSON text the export writes',
  'rap-text': 'open the RAP sheet as a .txt or a text PDF',
  backup: 'a backup is the UTF-8 JSON file the backup writes',
};

/**
 * Reads or refuses a file before it is read whole. A refusal is one line naming the file.
 * @example checkImportFile({ kind: 'events-csv', name: 'counts.csv', size: 2.1 * 1024 ** 3, head })
 * // { ok: false, message: 'counts.csv is 2.1 GB; the largest events CSV this tool reads is 256 MB' }
 */
export function checkImportFile({ kind: wanted, name, size, head }: ImportFileFacts): ImportCheck {
  if (size === 0) return { ok: false, message: `${name} is empty` };
  const kind: CheckedKind = wanted !== 'rap-sheet' ? wanted : ascii(head).includes('%PDF-') ? 'rap-pdf' : 'rap-text';
  const limit = IMPORT_LIMITS[kind];
  if (size > limit.bytes) {
    return { ok: false, message: `${name} is ${formatBytes(size)}; the largest ${limit.label} this tool reads is ${formatBytes(limit.bytes, 'down')}` };
  }
  if (kind === 'rap-pdf') return { ok: true, kind };
  // The RAP reader decodes UTF-16 with a byte-order mark (Windows "Unicode" text); CSV and JSON are read as UTF-8.
  if (utf16(head)) {
    return kind === 'rap-text' ? { ok: true, kind } : { ok: false, message: `${name} is UTF-16 text; ${SAVE_AS[kind]}` };
  }
  const binary = binaryKind(head);
  if (binary) {
    const what = binary === 'not a text file' ? binary : `${binary}, not text`;
    return { ok: false, message: `${name} is ${what}; ${SAVE_AS[kind]}` };
  }
  return { ok: true, kind };
}
