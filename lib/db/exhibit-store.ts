import { decodeDataUrl, maxDecodedBytes } from '../data-url';
import type { ExhibitRef } from '../model';
import type { RepositoryClock, StoreBinding } from './case-repository';
import { StoreError, storeErrorFrom } from './errors';
import { MAX_EXHIBIT_FILE_BYTES, refFor, sealPending, sniffType } from './exhibit-files';

/** A file as the panel sends it (`exhibits/put`). */
export interface ExhibitUpload {
  caseId: string;
  name: string;
  /** The media type the browser gave the picked file (informational: the contents decide). */
  type?: string;
  /** The file as a base64 data: URL (FileReader.readAsDataURL). */
  data: string;
}

const MB = MAX_EXHIBIT_FILE_BYTES / (1024 * 1024);

const notStored = () => new StoreError('That exhibit file is no longer stored (its exhibit was removed, or the case deleted).', 'not-found');
const noCase = () => new StoreError('That case no longer exists (it may have been deleted).', 'not-found');

/**
 * The exhibit-files table as the message handlers use it: one file in (the panel attaches it,
 * then saves the reference in the case like any other edit), one file out (the packet, a
 * download). Files are sealed and opened by the binding's codec, so a locked store refuses both.
 */
export class ExhibitStore {
  constructor(
    private readonly binding: StoreBinding,
    private readonly clock: RepositoryClock,
  ) {}

  /**
   * Stores one file for a live case and returns its reference (not yet in the case: the panel
   * puts it on the evidence entry, and the next save stores it). Refuses a file over 25 MB, or
   * one that is not a PDF, JPEG or PNG by its contents.
   * @example const ref = await exhibits.put({ caseId, name: 'notice.pdf', type: 'application/pdf', data: dataUrl })
   */
  async put(upload: ExhibitUpload): Promise<ExhibitRef> {
    const { db, codec } = this.binding;
    codec.ready();
    const name = upload.name.trim() || 'exhibit';
    if (maxDecodedBytes(upload.data.length) > MAX_EXHIBIT_FILE_BYTES + 3) throw tooLarge(name);
    const bytes = decodeDataUrl(upload.data);
    if (!bytes) throw new StoreError(`${name} could not be read (the file did not arrive whole). Attach it again.`, 'invalid');
    if (bytes.length > MAX_EXHIBIT_FILE_BYTES) throw tooLarge(name);
    // The contents decide the type (a scan saved as .jpg that is really a PNG is still fine).
    const type = sniffType(bytes);
    if (!type) throw new StoreError(`${name} is not a PDF, JPEG or PNG file.`, 'invalid');
    const live = await db.cases.get(upload.caseId);
    if (!live || live.deletedAt) throw noCase();
    const ref = await refFor(this.clock.newId(), name, type, bytes);
    const [row] = await sealPending(codec, upload.caseId, [{ ref, bytes }], this.clock.now());
    try {
      await db.transaction('rw', db.cases, db.exhibits, async () => {
        // Checked again inside the transaction: a file cannot outlive a case deleted meanwhile.
        const c = await db.cases.get(upload.caseId);
        if (!c || c.deletedAt) throw noCase();
        await db.exhibits.put(row!);
      });
    } catch (e) {
      throw storeErrorFrom(e, 'store the exhibit file');
    }
    return ref;
  }

  /** A live case's file, opened: its reference (from the row) and its bytes. */
  async get(caseId: string, id: string): Promise<{ ref: ExhibitRef; bytes: Uint8Array }> {
    const { db, codec } = this.binding;
    codec.ready();
    const c = await db.cases.get(caseId);
    if (!c || c.deletedAt) throw noCase();
    const row = await db.exhibits.get(id);
    if (!row || row.caseId !== caseId) throw notStored();
    const { meta, bytes } = await codec.openExhibit(row);
    return { ref: { id: row.id, name: meta.name, type: meta.type, size: bytes.length, sha256: meta.sha256 }, bytes };
  }

  /** The ids of a case's stored files (keys only; for tests and checks). */
  async idsOf(caseId: string): Promise<string[]> {
    return (await this.binding.db.exhibits.where('caseId').equals(caseId).primaryKeys()) as string[];
  }
}

function tooLarge(name: string): StoreError {
  return new StoreError(`${name} is larger than ${MB} MB; split or compress it first.`, 'invalid');
}
