import Dexie from 'dexie';
import { dataUrlType, decodeDataUrl } from '../data-url';
import type { Case, Evidence, ExhibitRef } from '../model';
import type { PayloadCodec } from './codec';
import type { ExhibitRow, VacaturDb } from './database';
import type { EXHIBIT_TYPES } from './exhibit-limits';

/**
 * Exhibit files live in their own table (issue 12), one row per file, and the case's evidence
 * entry holds a reference (`fileRef`: id, name, type, size, SHA-256). Saving a case therefore
 * never carries the files, and a file is read only when it is needed (the packet, a download).
 *
 * A file enters the table three ways: attached in the panel (`exhibits/put`, one at a time), a
 * case arriving with `file` as a data: URL (a case file import, an old backup, a case written
 * before schema 5), or a backup's file parts. In every case the bytes are sealed under the
 * case's own data key when the store is encrypted, like the case row.
 *
 * A row leaves when its case stops referring to it (the evidence entry was removed or its file
 * replaced), when its case is discarded or purged from the trash (with the key, so nothing could
 * open it anyway), and when it was never referred to for a day (attached, then the panel closed
 * before the reference was saved).
 */

export { EXHIBIT_TYPES, MAX_EXHIBIT_DATA_URL_CHARS, MAX_EXHIBIT_FILE_BYTES } from './exhibit-limits';

/** An attached file that has not been referred to by its case for this long is swept at the case's next save. */
export const UNREFERENCED_GRACE_MS = 24 * 60 * 60 * 1000;

/** A file ready to become a row: its reference (with a fresh id) and its bytes. */
export interface PendingExhibit {
  ref: ExhibitRef;
  bytes: Uint8Array;
}

/** SHA-256 of `bytes` as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The media type the bytes show (PDF, PNG, JPEG), else undefined. */
export function sniffType(bytes: Uint8Array): (typeof EXHIBIT_TYPES)[number] | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'application/pdf';
  return undefined;
}

/** A reference for new bytes. */
export async function refFor(id: string, name: string, type: string, bytes: Uint8Array): Promise<ExhibitRef> {
  return { id, name, type, size: bytes.length, sha256: await sha256Hex(bytes) };
}

/** The ids of the files a case refers to. */
export function refIds(c: { evidence?: Evidence[] } | undefined): Set<string> {
  return new Set((c?.evidence ?? []).flatMap((e) => (e.fileRef ? [e.fileRef.id] : [])));
}

const isInline = (e: Evidence) => typeof e.file === 'string' && e.file.startsWith('data:');

/** True when an evidence entry still carries its file as a data: URL. */
export function hasInlineFiles(c: { evidence?: Evidence[] }): boolean {
  return (c.evidence ?? []).some(isInline);
}

/**
 * A name for a file that came as a data: URL (which has none): the exhibit's title, else its id,
 * with the type's extension.
 * @example fileNameFor({ id: 'ex1', title: 'T-visa notice' }, 'application/pdf') // 'T-visa notice.pdf'
 */
export function fileNameFor(e: { id?: string; title?: string }, type: string): string {
  const ext = type === 'application/pdf' ? '.pdf' : type === 'image/png' ? '.png' : type === 'image/jpeg' ? '.jpg' : '';
  const base = ((e.title ?? '').trim() || `exhibit-${e.id ?? 'file'}`).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120);
  return base.endsWith(ext) ? base : `${base}${ext}`;
}

/**
 * Moves every data: URL `file` of a case into pending rows: the entry gets a `fileRef` and loses
 * `file`. A data: URL that does not decode is left as it is (it is no worse than before). Bytes
 * that already have a reference are not looked at.
 */
export async function extractInlineFiles<C extends { evidence: Evidence[] }>(c: C, newId: () => string): Promise<{ case: C; pending: PendingExhibit[] }> {
  if (!hasInlineFiles(c)) return { case: c, pending: [] };
  const pending: PendingExhibit[] = [];
  const evidence: Evidence[] = [];
  for (const e of c.evidence) {
    const bytes = isInline(e) ? decodeDataUrl(e.file!) : undefined;
    if (!bytes) {
      evidence.push(e);
      continue;
    }
    const type = sniffType(bytes) ?? dataUrlType(e.file!);
    const ref = await refFor(newId(), fileNameFor(e, type), type, bytes);
    pending.push({ ref, bytes });
    const { file: _moved, ...rest } = e;
    evidence.push({ ...rest, fileRef: ref } as Evidence);
  }
  return { case: { ...c, evidence }, pending };
}

/**
 * Gives the files of an arriving case (an import) rows of their own: every reference gets a fresh
 * id (the store may already hold the original, for a "keep both" import), its bytes taken from
 * `files` (by the original id); a reference without bytes is dropped (the entry then has no
 * file, and says so); data: URLs are moved as in `extractInlineFiles`.
 */
export async function adoptFiles<C extends { evidence: Evidence[] }>(
  c: C,
  files: ReadonlyMap<string, Uint8Array> | undefined,
  newId: () => string,
): Promise<{ case: C; pending: PendingExhibit[] }> {
  const pending: PendingExhibit[] = [];
  const evidence: Evidence[] = [];
  for (const e of c.evidence) {
    if (!e.fileRef) {
      evidence.push(e);
      continue;
    }
    const { fileRef, ...rest } = e;
    const bytes = files?.get(fileRef.id);
    if (!bytes) {
      evidence.push(rest as Evidence);
      continue;
    }
    const ref = { ...fileRef, id: newId() };
    pending.push({ ref, bytes });
    evidence.push({ ...rest, fileRef: ref } as Evidence);
  }
  const moved = await extractInlineFiles({ ...c, evidence }, newId);
  return { case: moved.case, pending: [...pending, ...moved.pending] };
}

/** Seals pending files into rows (outside any transaction: WebCrypto work). The case's key must exist or be cached. */
export async function sealPending(codec: PayloadCodec, caseId: string, pending: PendingExhibit[], addedAt: string): Promise<ExhibitRow[]> {
  const rows: ExhibitRow[] = [];
  for (const { ref, bytes } of pending) {
    const payload = await codec.sealExhibit(caseId, ref.id, { name: ref.name, type: ref.type, sha256: ref.sha256 }, bytes);
    rows.push({ id: ref.id, caseId, size: ref.size, addedAt, payload });
  }
  return rows;
}

/**
 * Inside a case write's transaction: deletes the case's rows that the written version no longer
 * refers to and `previous` did (an entry removed, a file replaced), and rows never referred to
 * that are older than the grace period. Reads keys only (no file is loaded).
 */
export async function dropUnreferenced(db: VacaturDb, caseId: string, keep: Set<string>, previous: Set<string>, now: string): Promise<void> {
  const owned = (await db.exhibits.where('caseId').equals(caseId).primaryKeys()) as string[];
  if (!owned.length) return;
  const cutoff = new Date(Date.parse(now) - UNREFERENCED_GRACE_MS).toISOString();
  const stale = new Set((await db.exhibits.where('[caseId+addedAt]').between([caseId, Dexie.minKey], [caseId, cutoff], true, true).primaryKeys()) as string[]);
  const drop = owned.filter((id) => !keep.has(id) && (previous.has(id) || stale.has(id)));
  if (drop.length) await db.exhibits.bulkDelete(drop);
}
