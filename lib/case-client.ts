import type { AuditEntry, CaseSummary, DamagedAuditEntry, SaveOutcome, StoreErrorReason, TrashedSummary } from './db';
import type { BackupErrorReason, ImportReport, OnConflict } from './backup';
import type { Adapter } from './portals/schema';
import type { BackupStatus, Request, Reply, ResponseData, VaultStatusReply } from './messages';
import type { Case, Problem } from './model';

/** A failed request, with the user-facing message and any validation problems. */
export class ClientError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
    /** Why the store refused ('locked', 'wrong-passphrase' ...), when it said. */
    readonly reason?: StoreErrorReason | BackupErrorReason,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export type Send = (message: Request) => Promise<unknown>;

/** The side panel's view of the case store: typed calls over the message protocol. */
export interface CaseClient {
  list(): Promise<CaseSummary[]>;
  get(id: string): Promise<Case>;
  create(body: unknown): Promise<Case>;
  /**
   * Saves a draft edited from `base` (the version loaded, with its revision): written, merged
   * with changes made elsewhere, or the conflicts (nothing written).
   */
  save(draft: Case, base?: Case): Promise<SaveOutcome>;
  /** Moves the case to the trash. */
  remove(id: string): Promise<Case>;
  /** Takes a case out of the trash. */
  restore(id: string): Promise<Case>;
  trash(): Promise<TrashedSummary[]>;
  /** Removes a damaged entry that cannot be opened. */
  discard(id: string): Promise<void>;
}

/** The lock, as the panel drives it. */
export interface VaultClient {
  status(): Promise<VaultStatusReply>;
  setup(passphrase: string): Promise<VaultStatusReply>;
  continuePlain(): Promise<VaultStatusReply>;
  unlock(passphrase: string): Promise<VaultStatusReply>;
  lock(): Promise<VaultStatusReply>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<VaultStatusReply>;
  activity(): Promise<VaultStatusReply>;
  setAutoLock(minutes: number): Promise<VaultStatusReply>;
}

function caller(send: Send) {
  return async function call<K extends keyof ResponseData>(message: Extract<Request, { type: K }>): Promise<ResponseData[K]> {
    const reply = (await send(message)) as Reply<ResponseData[K]> | undefined;
    if (!reply) throw new ClientError('The extension background did not answer. Reload the panel and try again.');
    if (!reply.ok) throw new ClientError(reply.error, reply.problems ?? [], reply.reason, reply.retryAfterMs);
    return reply.data;
  };
}

/** User-taught portal adapters. */
export interface AdaptersClient {
  list(): Promise<Adapter[]>;
  save(adapter: Adapter): Promise<Adapter>;
  remove(id: string): Promise<void>;
  importPack(pack: unknown): Promise<Adapter[]>;
  exportPack(): Promise<unknown>;
}

export function adaptersClient(send: Send): AdaptersClient {
  const call = caller(send);
  return {
    list: () => call({ type: 'adapters/list' }),
    save: (adapter) => call({ type: 'adapters/save', adapter }),
    remove: async (id) => void (await call({ type: 'adapters/delete', id })),
    importPack: (pack) => call({ type: 'adapters/import-pack', pack }),
    exportPack: () => call({ type: 'adapters/export-pack' }),
  };
}

/** Backups, hand-off files and the audit log. */
export interface RecordsClient {
  exportBackup(passphrase: string): Promise<{ text: string; cases: number }>;
  /** When the last encrypted backup was made (for the reminder). */
  backupStatus(): Promise<BackupStatus>;
  importBackup(text: string, passphrase: string, onConflict?: OnConflict): Promise<ImportReport>;
  exportHandoff(caseId: string, passphrase: string): Promise<string>;
  importHandoff(text: string, passphrase: string, onConflict?: OnConflict): Promise<ImportReport>;
  auditLog(caseId: string): Promise<Array<AuditEntry | DamagedAuditEntry>>;
  audit(caseId: string, action: 'import' | 'fill' | 'packet' | 'export' | 'handoff', detail: string, fields?: string[]): Promise<void>;
}

export function recordsClient(send: Send): RecordsClient {
  const call = caller(send);
  return {
    exportBackup: (passphrase) => call({ type: 'backup/export', passphrase }),
    backupStatus: () => call({ type: 'backup/status' }),
    importBackup: (text, passphrase, onConflict) => call({ type: 'backup/import', text, passphrase, onConflict }),
    exportHandoff: async (caseId, passphrase) => (await call({ type: 'handoff/export', caseId, passphrase })).text,
    importHandoff: (text, passphrase, onConflict) => call({ type: 'handoff/import', text, passphrase, onConflict }),
    auditLog: (caseId) => call({ type: 'audit/list', caseId }),
    audit: async (caseId, action, detail, fields) => void (await call({ type: 'audit/append', caseId, action, detail, fields })),
  };
}

export function vaultClient(send: Send): VaultClient {
  const call = caller(send);
  return {
    status: () => call({ type: 'vault/status' }),
    setup: (passphrase) => call({ type: 'vault/setup', passphrase }),
    continuePlain: () => call({ type: 'vault/continue-plain' }),
    unlock: (passphrase) => call({ type: 'vault/unlock', passphrase }),
    lock: () => call({ type: 'vault/lock' }),
    changePassphrase: (oldPassphrase, newPassphrase) => call({ type: 'vault/change-passphrase', oldPassphrase, newPassphrase }),
    activity: () => call({ type: 'vault/activity' }),
    setAutoLock: (minutes) => call({ type: 'vault/auto-lock', minutes }),
  };
}

/** Builds a CaseClient over any `send` (runtime.sendMessage in the panel, a direct handler in tests). */
export function caseClient(send: Send): CaseClient {
  const call = caller(send);
  return {
    list: () => call({ type: 'cases/list' }),
    get: (id) => call({ type: 'cases/get', id }),
    create: (body) => call({ type: 'cases/create', body }),
    save: (draft, base) => call({ type: 'cases/save', case: draft, base }),
    remove: (id) => call({ type: 'cases/delete', id }),
    restore: (id) => call({ type: 'cases/restore', id }),
    trash: () => call({ type: 'cases/trash' }),
    discard: async (id) => void (await call({ type: 'cases/discard', id })),
  };
}
