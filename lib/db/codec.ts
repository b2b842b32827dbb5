import type { Case } from '../model';
import type { AuditEntry } from './audit';
import type { AuditPayload, AuditRow, CasePayload, CaseRow, ExhibitMeta, ExhibitPayload, ExhibitRow, KeyRow } from './database';
import { StoreError } from './errors';

/** What a codec produced for a write: the payload, and a new wrapped case key to store in the same transaction. */
export interface SealedWrite<P> {
  payload: P;
  newKey?: KeyRow;
}

/**
 * Turns a case (and its audit entries) into stored payloads and back. Every read and write
 * passes here, so encryption at rest is one place: the plain codec stores in the clear, the
 * sealed codec (lib/db/sealed-codec.ts) encrypts under per-case keys, and while the store is
 * locked the refusing codec answers every call with StoreError('locked').
 *
 * Codecs do WebCrypto work, which must happen outside a Dexie transaction (a transaction
 * commits as soon as it awaits anything that is not IndexedDB), so `seal` hands back the
 * key row instead of writing it.
 */
export interface PayloadCodec {
  /** Throws when the codec can serve nothing at all (locked, setup needed, busy), even for an empty store. */
  ready(): void;
  /** `freshKey`: give the case a new data key even if it has one (a case replaced by an import). */
  seal(c: Case, opts?: { freshKey?: boolean }): Promise<SealedWrite<CasePayload>>;
  /** Throws StoreError('damaged') for a row it cannot open, StoreError('locked') while locked. */
  open(row: CaseRow): Promise<Case>;
  sealAudit(caseId: string, entry: AuditEntry): Promise<AuditPayload>;
  openAudit(row: AuditRow): Promise<AuditEntry>;
  /** Seals an exhibit file (with its meta) under its case's key; the case must already have one. */
  sealExhibit(caseId: string, id: string, meta: ExhibitMeta, bytes: Uint8Array): Promise<ExhibitPayload>;
  /** Throws StoreError('damaged') for a row it cannot open. */
  openExhibit(row: ExhibitRow): Promise<{ meta: ExhibitMeta; bytes: Uint8Array }>;
  /** Drops anything remembered about a case (its unwrapped key): after a delete, or a failed write. */
  forget(caseId: string): void;
}

export function damaged(why: string): StoreError {
  return new StoreError(`This record cannot be opened: ${why}.`, 'damaged');
}

const unknownFormat = (p: { kind?: unknown; v?: unknown }) =>
  damaged(`it is stored in a format this version does not know (${String(p?.kind)} v${String(p?.v)})`);

/** Stores in the clear: a store without a passphrase, and the default for existing callers. */
export const plainCodec: PayloadCodec = {
  ready: () => {},
  seal: async (c) => ({ payload: { kind: 'plain', v: 1, case: c } }),
  open: async ({ payload: p }) => {
    if (p?.kind === 'plain' && (p.v === undefined || p.v === 1)) return p.case;
    if (p?.kind === 'sealed') throw damaged('it is encrypted, but this store has no passphrase');
    throw unknownFormat(p);
  },
  sealAudit: async (_caseId, entry) => ({ kind: 'plain', v: 1, entry }),
  openAudit: async ({ payload: p }) => {
    if (p?.kind === 'plain' && p.v === 1) return p.entry as AuditEntry;
    throw unknownFormat(p);
  },
  sealExhibit: async (_caseId, _id, meta, bytes) => ({ kind: 'plain', v: 1, meta, bytes }),
  openExhibit: async ({ payload: p }) => {
    if (p?.kind === 'plain' && p.v === 1 && p.bytes instanceof Uint8Array) return { meta: p.meta, bytes: p.bytes };
    if (p?.kind === 'sealed') throw damaged('it is encrypted, but this store has no passphrase');
    throw unknownFormat(p);
  },
  forget: () => {},
};

/** A codec that refuses everything with one error: while locked, before setup, while busy. */
export function refusingCodec(error: () => StoreError): PayloadCodec {
  const refuse = async (): Promise<never> => {
    throw error();
  };
  return {
    ready: () => {
      throw error();
    },
    seal: refuse,
    open: refuse,
    sealAudit: refuse,
    openAudit: refuse,
    sealExhibit: refuse,
    openExhibit: refuse,
    forget: () => {},
  };
}

export const lockedError = () =>
  new StoreError('Vacatur Assist is locked. Unlock it with your passphrase to see your cases.', 'locked');
export const setupNeededError = () =>
  new StoreError('Choose a passphrase (or continue without one) before opening cases.', 'setup-needed');
export const busyError = () =>
  new StoreError('Vacatur Assist is re-encrypting your cases. Try again in a moment.', 'busy');
