import type { AuditEntry, CaseSummary, DamagedAuditEntry, SaveOutcome, StoreErrorReason, TrashedSummary, TransferTicket } from './db';
import type { BackupErrorReason, ImportReport, OnConflict } from './backup';
import { same } from './db/case-merge';
import { UNPATCHABLE } from './db/save-from';
import { TRANSFER_PART_CHARS } from './db/transfers';
import { dataUrlType, decodeDataUrlInSlices } from './data-url';
import type { Adapter } from './portals/schema';
import type { BackupStatus, Request, Reply, ResponseData, VaultStatusReply } from './messages';
import { toCaseFile, type Case, type CaseBody, type Evidence, type ExhibitRef, type PracticeDefaults, type Problem } from './model';
import type { ExhibitLoader } from './packet/exhibits';

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
   * with changes made elsewhere, or the conflicts (nothing written). Sends only the top-level
   * parts that changed (`cases/patch`); the whole draft and base go only when the case moved on
   * meanwhile and must be merged.
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

/** The top-level parts of `draft` that differ from `base` (the store's stamps never count). */
export function changedParts(base: Case, draft: Case): { set: Record<string, unknown>; unset: string[] } {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  const b = base as Record<string, unknown>;
  const d = draft as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(d)])) {
    if (UNPATCHABLE.has(key) || same(b[key], d[key])) continue;
    if (d[key] === undefined) unset.push(key);
    else set[key] = d[key];
  }
  return { set, unset };
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

/** `partChars`: the size of the parts a long upload is sent in (tests use small ones). */
export function recordsClient(send: Send, { partChars = TRANSFER_PART_CHARS }: { partChars?: number } = {}): RecordsClient {
  const call = caller(send);
  /** A long answer comes as a ticket: read its parts (a backup with exhibit files passes the message limit). */
  const whole = async (answer: { text: string; transfer?: TransferTicket }) => {
    if (!answer.transfer) return answer.text;
    const parts: string[] = [];
    for (let index = 0; index < answer.transfer.parts; index++) parts.push((await call({ type: 'transfer/read', id: answer.transfer.id, index })).text);
    return parts.join('');
  };
  /** A long text goes up in parts first; the import then names it. */
  const upload = async (text: string): Promise<{ text: string; transfer?: string }> => {
    if (text.length <= partChars) return { text };
    let id: string | undefined;
    for (let index = 0, at = 0; at < text.length; index++, at += partChars) {
      id = (await call({ type: 'transfer/write', id, index, text: text.slice(at, at + partChars) })).id;
    }
    return { text: '', transfer: id };
  };
  return {
    exportBackup: async (passphrase) => {
      const answer = await call({ type: 'backup/export', passphrase });
      return { ...answer, text: await whole(answer) };
    },
    backupStatus: () => call({ type: 'backup/status' }),
    importBackup: async (text, passphrase, onConflict) => call({ type: 'backup/import', ...(await upload(text)), passphrase, onConflict }),
    exportHandoff: async (caseId, passphrase) => whole(await call({ type: 'handoff/export', caseId, passphrase })),
    importHandoff: async (text, passphrase, onConflict) => call({ type: 'handoff/import', ...(await upload(text)), passphrase, onConflict }),
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
    create: (body) => createWithFiles(call, body),
    save: async (draft, base) => {
      if (base && base.id === draft.id && typeof base.revision === 'number') {
        const { set, unset } = changedParts(base, draft);
        const outcome = await call({ type: 'cases/patch', id: draft.id, baseRevision: base.revision, set, unset });
        if (outcome.status !== 'rebase') return outcome;
      }
      return call({ type: 'cases/save', case: draft, base });
    },
    remove: (id) => call({ type: 'cases/delete', id }),
    restore: (id) => call({ type: 'cases/restore', id }),
    trash: () => call({ type: 'cases/trash' }),
    discard: async (id) => void (await call({ type: 'cases/discard', id })),
  };
}

/** Above this many characters of data: URL files, a new case's files go up one message each. */
const INLINE_CREATE_CHARS = 24 * 1024 * 1024;

/**
 * Creates a case. A case file that carries its exhibits (data: URLs, DESIGN.md § 6) can be far
 * larger than one message may be (64 MiB): then the case is created without them and each file
 * is sent on its own (`exhibits/put`), and the references saved. A smaller one goes whole, and
 * the store moves its files out of the record itself.
 */
async function createWithFiles(call: ReturnType<typeof caller>, body: unknown): Promise<Case> {
  const evidence = (body as { evidence?: Evidence[] } | null)?.evidence;
  const inline = Array.isArray(evidence) ? evidence.filter((e) => typeof e?.file === 'string' && e.file.startsWith('data:')) : [];
  if (inline.reduce((n, e) => n + e.file!.length, 0) <= INLINE_CREATE_CHARS) return call({ type: 'cases/create', body });
  const held = new Map(inline.map((e) => [e.id, e.file!]));
  const created = await call({ type: 'cases/create', body: { ...(body as object), evidence: evidence!.map((e) => (held.has(e.id) ? withoutFile(e) : e)) } });
  const refs = new Map<string, ExhibitRef>();
  for (const [id, data] of held) {
    const e = created.evidence.find((x) => x.id === id);
    if (!e) continue;
    const put = await call({ type: 'exhibits/put', caseId: created.id, name: e.title || `exhibit-${id}`, fileType: dataUrlType(data), data }).catch(() => undefined);
    if (put) refs.set(id, put);
  }
  if (!refs.size) return created;
  const draft = { ...created, evidence: created.evidence.map((e) => (refs.has(e.id) ? { ...e, fileRef: refs.get(e.id)! } : e)) };
  const saved = await call({ type: 'cases/save', case: draft, base: created });
  return saved.status === 'saved' ? (saved.merged ?? { ...draft, updatedAt: saved.updatedAt, revision: saved.revision }) : created;
}

function withoutFile(e: Evidence): Evidence {
  const { file: _sentApart, ...rest } = e;
  return rest as Evidence;
}

/** Exhibit files in the store: one in (attach), one out (the packet, a download, an export). */
export interface ExhibitsClient {
  put(caseId: string, file: { name: string; type: string; data: string }): Promise<ExhibitRef>;
  get(caseId: string, id: string): Promise<{ ref: ExhibitRef; data: string }>;
  /** A loader for packet assembly (lib/packet/exhibits.ts): an entry's file, read when the packet needs it. */
  loader(caseId: string): ExhibitLoader;
  /**
   * Every stored exhibit file of a case, for a packet built in the PDF worker (a function cannot
   * cross to the worker; the bytes are transferred): the `exhibits` and `unreadableExhibits`
   * options of assemblePacket, by evidence id.
   */
  packetFiles(c: { id: string; evidence: Evidence[] }): Promise<{ exhibits: Map<string, Uint8Array>; unreadableExhibits: Map<string, string> }>;
  /**
   * The self-contained case file (DESIGN.md § 6) of a case: every stored exhibit file fetched and
   * carried as a data: URL in `file`, so the file imports anywhere.
   */
  caseFile(c: CaseBody & { id: string }): Promise<ReturnType<typeof toCaseFile>>;
}

export function exhibitsClient(send: Send): ExhibitsClient {
  const call = caller(send);
  const get = (caseId: string, id: string) => call({ type: 'exhibits/get', caseId, id });
  const load: (caseId: string) => ExhibitLoader = (caseId) => async (ev) => {
    if (!ev.fileRef) return undefined;
    const got = await get(caseId, ev.fileRef.id).catch((e: Error) => ({ problem: e.message }));
    if ('problem' in got) return { problem: got.problem };
    return (await decodeDataUrlInSlices(got.data)) ?? { problem: 'the stored file could not be read' };
  };
  return {
    put: (caseId, file) => call({ type: 'exhibits/put', caseId, name: file.name, fileType: file.type, data: file.data }),
    get,
    loader: load,
    packetFiles: async (c) => {
      const exhibits = new Map<string, Uint8Array>();
      const unreadableExhibits = new Map<string, string>();
      const read = load(c.id);
      for (const ev of c.evidence) {
        const got = await read(ev);
        if (got instanceof Uint8Array) exhibits.set(ev.id, got);
        else if (got) unreadableExhibits.set(ev.id, got.problem);
      }
      return { exhibits, unreadableExhibits };
    },
    caseFile: async (c) => {
      const evidence: Evidence[] = [];
      for (const e of c.evidence) {
        if (!e.fileRef) {
          evidence.push(e);
          continue;
        }
        const { fileRef, ...rest } = e;
        const got = await get(c.id, fileRef.id).catch(() => undefined);
        evidence.push((got ? { ...rest, file: got.data } : rest) as Evidence);
      }
      return toCaseFile({ ...c, evidence });
    },
  };
}

/** The office's defaults (attorney, organisation, agencies per county), copied into new cases. */
export interface DefaultsClient {
  get(): Promise<PracticeDefaults>;
  save(defaults: PracticeDefaults): Promise<PracticeDefaults>;
}

export function defaultsClient(send: Send): DefaultsClient {
  const call = caller(send);
  return {
    get: () => call({ type: 'defaults/get' }),
    save: (defaults) => call({ type: 'defaults/save', defaults }),
  };
}
