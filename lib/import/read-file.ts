/**
 * The side panel's side of the import check: a picked File is checked (size and first bytes only)
 * before it is read whole, with the same checkImportFile the CLI uses.
 */
import { checkImportFile, IMPORT_HEAD_BYTES, type CheckedKind, type ImportKind } from './limits';

export type ImportRead = { ok: true; kind: CheckedKind; bytes: Uint8Array } | { ok: false; message: string };

/**
 * @example
 * const r = await readImportFile(file, 'events-csv');
 * if (!r.ok) showError(r.message); else setText(importText(r.bytes));
 */
export async function readImportFile(file: Blob & { name: string }, kind: ImportKind): Promise<ImportRead> {
  const head = new Uint8Array(await file.slice(0, IMPORT_HEAD_BYTES).arrayBuffer());
  const check = checkImportFile({ kind, name: file.name, size: file.size, head });
  if (!check.ok) return check;
  return { ok: true, kind: check.kind, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The text of a CSV or JSON file: UTF-8, a byte-order mark dropped (as the CLI's decoder does, whole
 * or streamed), line ends left to the parsers (each reads CRLF, LF and CR alike).
 * @example importText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // '{}'
 */
export function importText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
