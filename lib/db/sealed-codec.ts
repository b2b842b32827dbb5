import { newCaseKey, open, OpenFailed, openJson, seal, sealJson, unwrapCaseKey } from '../crypto';
import type { Case } from '../model';
import { AuditEntry } from './audit';
import { damaged, type PayloadCodec, type SealedWrite } from './codec';
import type { AuditPayload, AuditRow, CasePayload, CaseRow, ExhibitMeta, ExhibitPayload, ExhibitRow, KeyRow, SealedPayload, VacaturDb } from './database';
import { StoreError } from './errors';

const caseContext = (id: string) => `case:${id}`;
const auditContext = (caseId: string) => `audit:${caseId}`;
// The row id is in the context too, so a file's ciphertext cannot be moved onto another row.
const exhibitContext = (caseId: string, id: string) => `exhibit:${caseId}:${id}`;

/**
 * Encrypts cases and audit entries under per-case data keys, which are stored wrapped by the
 * passphrase key. An unwrapped key stays cached in memory once a case is opened, so a save is
 * one AES-GCM encrypt and one put (the 20 ms save budget); `forgetAll` drops them on lock.
 */
export class SealedCodec implements PayloadCodec {
  private readonly keys = new Map<string, CryptoKey>();

  constructor(
    private readonly wrappingKey: CryptoKey,
    private readonly db: () => VacaturDb,
  ) {}

  ready(): void {}

  async seal(c: Case, opts: { freshKey?: boolean } = {}): Promise<SealedWrite<CasePayload>> {
    let key = opts.freshKey ? undefined : await this.keyFor(c.id).catch((e) => (isDamaged(e) ? undefined : Promise.reject(e)));
    let newKey: KeyRow | undefined;
    if (!key) {
      // A new case, or one whose key is missing or broken: the whole case is being written,
      // so it simply gets a new key.
      const made = await newCaseKey(this.wrappingKey, c.id);
      key = made.key;
      newKey = { caseId: c.id, v: 1, ...made.wrapped };
      this.keys.set(c.id, key);
    }
    const box = await sealJson(key, c, caseContext(c.id));
    return { payload: { kind: 'sealed', v: 1, ...box }, newKey };
  }

  async open(row: CaseRow): Promise<Case> {
    const box = sealedV1(row.payload);
    const key = await this.keyFor(row.id);
    const value = await openJson(key, box, caseContext(row.id)).catch(asDamaged('its data does not decrypt (the record is damaged)'));
    if (typeof value !== 'object' || value === null || (value as { id?: unknown }).id !== row.id) {
      throw damaged('its data is not a case');
    }
    return value as Case;
  }

  async sealAudit(caseId: string, entry: AuditEntry): Promise<AuditPayload> {
    const key = await this.keyFor(caseId);
    return { kind: 'sealed', v: 1, ...(await sealJson(key, entry, auditContext(caseId))) };
  }

  async openAudit(row: AuditRow): Promise<AuditEntry> {
    const box = sealedV1(row.payload);
    const key = await this.keyFor(row.caseId);
    const value = await openJson(key, box, auditContext(row.caseId)).catch(asDamaged('the entry does not decrypt'));
    const parsed = AuditEntry.safeParse(value);
    if (!parsed.success) throw damaged('the entry is not an audit entry');
    return parsed.data;
  }

  /**
   * One AES-GCM encryption over the meta and the bytes together: a 4-byte big-endian length of
   * the meta JSON, the meta JSON, then the file.
   */
  async sealExhibit(caseId: string, id: string, meta: ExhibitMeta, bytes: Uint8Array): Promise<ExhibitPayload> {
    const key = await this.keyFor(caseId);
    const head = new TextEncoder().encode(JSON.stringify(meta));
    const plain = new Uint8Array(4 + head.length + bytes.length);
    new DataView(plain.buffer).setUint32(0, head.length);
    plain.set(head, 4);
    plain.set(bytes, 4 + head.length);
    return { kind: 'sealed', v: 1, ...(await seal(key, plain, exhibitContext(caseId, id))) };
  }

  async openExhibit(row: ExhibitRow): Promise<{ meta: ExhibitMeta; bytes: Uint8Array }> {
    const box = sealedV1(row.payload);
    const key = await this.keyFor(row.caseId);
    const plain = await open(key, box, exhibitContext(row.caseId, row.id)).catch(asDamaged('its file does not decrypt (the record is damaged)'));
    const n = plain.length >= 4 ? new DataView(plain.buffer, plain.byteOffset).getUint32(0) : -1;
    let meta: Partial<ExhibitMeta> | undefined;
    try {
      meta = n >= 0 && 4 + n <= plain.length ? (JSON.parse(new TextDecoder().decode(plain.subarray(4, 4 + n))) as Partial<ExhibitMeta>) : undefined;
    } catch {
      meta = undefined;
    }
    if (!meta || typeof meta.name !== 'string' || typeof meta.type !== 'string' || typeof meta.sha256 !== 'string') throw damaged('its file is not an exhibit');
    return { meta: { name: meta.name, type: meta.type, sha256: meta.sha256 }, bytes: plain.subarray(4 + n) };
  }

  forget(caseId: string): void {
    this.keys.delete(caseId);
  }

  forgetAll(): void {
    this.keys.clear();
  }

  private async keyFor(caseId: string): Promise<CryptoKey> {
    const cached = this.keys.get(caseId);
    if (cached) return cached;
    const row = await this.db().keys.get(caseId);
    if (!row) throw damaged('its key is missing');
    if (row.v !== 1) throw damaged(`its key is stored in an unknown format (v${String(row.v)})`);
    const key = await unwrapCaseKey(this.wrappingKey, caseId, row).catch(asDamaged('its key does not open (the key record is damaged)'));
    this.keys.set(caseId, key);
    return key;
  }
}

function sealedV1(p: CasePayload | AuditPayload | ExhibitPayload): SealedPayload {
  if (p?.kind === 'sealed' && p.v === 1) return p;
  if (p?.kind === 'plain') throw damaged('it is stored unencrypted in an encrypted store');
  const seen = p as { kind?: unknown; v?: unknown };
  throw damaged(`it is stored in a format this version does not know (${String(seen?.kind)} v${String(seen?.v)})`);
}

function asDamaged(why: string) {
  return (e: unknown): never => {
    if (e instanceof OpenFailed) throw damaged(why);
    throw e;
  };
}

function isDamaged(e: unknown): boolean {
  return e instanceof StoreError && e.reason === 'damaged';
}
