import { z } from 'zod';
import type { Case, PracticeDefaults } from './model';
import type { AuditEntry, CaseSummary, DamagedAuditEntry, PatchOutcome, SaveOutcome, StoreErrorReason, TrashedSummary, TransferTicket, VaultStatus } from './db';
import { MAX_EXHIBIT_DATA_URL_CHARS } from './db/exhibit-limits';
import { TRANSFER_PART_CHARS } from './db/transfers';
import type { ExhibitRef } from './model/evidence';
import type { BackupErrorReason, ImportReport } from './backup';
import type { FillStep } from './autofill/types';
import type { Adapter, ScrapeTable } from './portals/schema';
import type { Problem } from './model';

/**
 * The message protocol, by role (lib/messaging/sender.ts decides the role from the browser's
 * sender stamp). Every message is validated by its receiver before anything acts on it.
 *
 * - `Request`: the case store. Answered for extension pages only (the side panel / sidebar and
 *   the extension's own tabs); a content script that sends one is refused.
 * - `ContentMessage`: the little a portal content script may say (autofill's page snapshot and
 *   fill result), bound by the background to the sender's tab and frame.
 * - `AgentRequest`: what the extension asks a portal content script. It never carries a case,
 *   an id or a name: only, after the user clicks Fill, the values for the fields being filled.
 */
const OnConflict = z.enum(['keep-both', 'replace']);
/** A long text travels in parts (lib/db/transfers.ts): the import names the upload instead of carrying it. */
const Upload = { text: z.string().default(''), transfer: z.string().min(1).max(100).optional() };

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('cases/list') }),
  z.object({ type: z.literal('cases/get'), id: z.string().min(1) }),
  z.object({ type: z.literal('cases/create'), body: z.unknown() }),
  /**
   * `base`: the version the panel's draft was edited from (as loaded, with its revision). A save
   * based on an old revision is merged with what is stored, or answered with the conflicts.
   */
  z.object({ type: z.literal('cases/save'), case: z.unknown(), base: z.unknown().optional() }),
  /**
   * The panel's usual save: only the top-level parts that changed since `baseRevision` (the
   * revision it loaded). Answers `rebase` when the case moved on meanwhile: the panel then sends
   * `cases/save` with its draft and base, for the merge.
   */
  z.object({
    type: z.literal('cases/patch'),
    id: z.string().min(1),
    baseRevision: z.number().int().min(0),
    set: z.record(z.string(), z.unknown()),
    unset: z.array(z.string().max(200)).max(100).optional(),
  }),
  /**
   * One exhibit file, from the panel, as a base64 data: URL (25 MB at most; see
   * lib/db/exhibit-limits.ts). Answers its reference, which the panel puts on the evidence entry.
   */
  z.object({
    type: z.literal('exhibits/put'),
    caseId: z.string().min(1),
    name: z.string().max(500),
    fileType: z.string().max(200).optional(),
    data: z.string().max(MAX_EXHIBIT_DATA_URL_CHARS),
  }),
  /** One stored exhibit file (the packet, a download): its reference and a data: URL. */
  z.object({ type: z.literal('exhibits/get'), caseId: z.string().min(1), id: z.string().min(1) }),
  /** A part of a long answer (a large backup or hand-off file), by the ticket the answer gave. */
  z.object({ type: z.literal('transfer/read'), id: z.string().min(1).max(100), index: z.number().int().min(0) }),
  /** A part of a long upload (a large backup or hand-off file to import); part 0 opens it. */
  z.object({ type: z.literal('transfer/write'), id: z.string().max(100).optional(), index: z.number().int().min(0), text: z.string().max(TRANSFER_PART_CHARS) }),
  /** Moves a case to the trash (restorable for 30 days). */
  z.object({ type: z.literal('cases/delete'), id: z.string().min(1) }),
  /** Takes a case out of the trash. */
  z.object({ type: z.literal('cases/restore'), id: z.string().min(1) }),
  z.object({ type: z.literal('cases/trash') }),
  /** Removes a stored row without opening it: the way to clear a damaged entry. */
  z.object({ type: z.literal('cases/discard'), id: z.string().min(1) }),
  // The lock. Passphrases travel only from the panel to the background, never further.
  z.object({ type: z.literal('vault/status') }),
  z.object({ type: z.literal('vault/setup'), passphrase: z.string().max(1_000) }),
  z.object({ type: z.literal('vault/continue-plain') }),
  z.object({ type: z.literal('vault/unlock'), passphrase: z.string().max(1_000) }),
  z.object({ type: z.literal('vault/lock') }),
  z.object({ type: z.literal('vault/change-passphrase'), oldPassphrase: z.string().max(1_000), newPassphrase: z.string().max(1_000) }),
  /** The user did something in the panel: the idle auto-lock starts over. */
  z.object({ type: z.literal('vault/activity') }),
  z.object({ type: z.literal('vault/auto-lock'), minutes: z.number().int().min(1).max(24 * 60) }),
  // Encrypted backup of everything, and the single-case hand-off file, each under its own passphrase.
  z.object({ type: z.literal('backup/export'), passphrase: z.string().max(1_000) }),
  z.object({ type: z.literal('backup/import'), ...Upload, passphrase: z.string().max(1_000), onConflict: OnConflict.optional() }),
  z.object({ type: z.literal('handoff/export'), caseId: z.string().min(1), passphrase: z.string().max(1_000) }),
  z.object({ type: z.literal('handoff/import'), ...Upload, passphrase: z.string().max(1_000), onConflict: OnConflict.optional() }),
  /** When the last encrypted backup of everything was downloaded (the case list's reminder). */
  z.object({ type: z.literal('backup/status') }),
  // User-taught portal adapters (selectors only, never case data) and adapter packs.
  // The office's defaults (attorney, organisation, agencies per county), copied into new cases.
  z.object({ type: z.literal('defaults/get') }),
  z.object({ type: z.literal('defaults/save'), defaults: z.unknown() }),
  z.object({ type: z.literal('adapters/list') }),
  z.object({ type: z.literal('adapters/save'), adapter: z.unknown() }),
  z.object({ type: z.literal('adapters/delete'), id: z.string().min(1) }),
  z.object({ type: z.literal('adapters/import-pack'), pack: z.unknown() }),
  z.object({ type: z.literal('adapters/export-pack') }),
  // The case's audit log: what was imported, filled, built, exported or handed off.
  z.object({ type: z.literal('audit/list'), caseId: z.string().min(1) }),
  z.object({
    type: z.literal('audit/append'),
    caseId: z.string().min(1),
    action: z.enum(['import', 'fill', 'packet', 'export', 'handoff']),
    detail: z.string().max(2_000),
    fields: z.array(z.string().max(200)).max(500).optional(),
  }),
]);
export type Request = z.infer<typeof Request>;

/** What each request answers with when it succeeds. */
export interface ResponseData {
  ping: { ok: true; version: string };
  'cases/list': CaseSummary[];
  'cases/get': Case;
  'cases/create': Case;
  'cases/save': SaveOutcome;
  'cases/patch': PatchOutcome;
  'exhibits/put': ExhibitRef;
  'exhibits/get': { ref: ExhibitRef; data: string };
  'transfer/read': { text: string; last: boolean };
  'transfer/write': { id: string };
  'cases/delete': Case;
  'cases/restore': Case;
  'cases/trash': TrashedSummary[];
  'backup/status': BackupStatus;
  'cases/discard': { id: string };
  'vault/status': VaultStatusReply;
  'vault/setup': VaultStatusReply;
  'vault/continue-plain': VaultStatusReply;
  'vault/unlock': VaultStatusReply;
  'vault/lock': VaultStatusReply;
  'vault/change-passphrase': VaultStatusReply;
  'vault/activity': VaultStatusReply;
  'vault/auto-lock': VaultStatusReply;
  /** `text` is empty and `transfer` set when the file is too long for one message: read it in parts. */
  'backup/export': { text: string; cases: number; skipped: unknown[]; transfer?: TransferTicket };
  'backup/import': ImportReport;
  'handoff/export': { text: string; transfer?: TransferTicket };
  'handoff/import': ImportReport;
  'audit/list': Array<AuditEntry | DamagedAuditEntry>;
  'defaults/get': PracticeDefaults;
  'defaults/save': PracticeDefaults;
  'adapters/list': Adapter[];
  'adapters/save': Adapter;
  'adapters/delete': { id: string };
  'adapters/import-pack': Adapter[];
  'adapters/export-pack': { format: string; version: number; adapters: Adapter[] };
  'audit/append': AuditEntry;
}

/** What a save answers: written (with the new revision), or the conflicts, nothing written. */
export type { SaveOutcome };

/** `lastBackupAt`: ISO time of the last successful `backup/export`, if any; `cases`: how many there are to lose; `now`: the store's clock. */
export interface BackupStatus {
  lastBackupAt?: string;
  cases: number;
  now: string;
}

/** The lock state as the panel sees it, with the idle auto-lock setting. */
export interface VaultStatusReply extends VaultStatus {
  autoLockMinutes: number;
}

export type Reply<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; problems?: Problem[]; reason?: StoreErrorReason | BackupErrorReason; retryAfterMs?: number };

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;

/** One form control as the content script reports it (the autofill matcher's evidence). */
const SnapshotField = z.object({
  selector: z.string().max(2_000),
  tag: z.string().max(40),
  type: z.string().max(40).optional(),
  label: z.string().max(500).optional(),
});

export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content/snapshot'),
    url: z.string().max(4_000),
    fields: z.array(SnapshotField).max(2_000),
  }),
  z.object({
    type: z.literal('content/fill-result'),
    url: z.string().max(4_000),
    outcomes: z
      .array(z.object({ selector: z.string().max(2_000), outcome: z.enum(['filled', 'skipped', 'did-not-stick']), reason: z.string().max(500).optional() }))
      .max(2_000),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/**
 * What the panel asks the portal agent (the content script in the tab's top frame), by
 * tabs.sendMessage. The agent validates these by hand (no zod in the content script: size).
 * - collect: the page's fields and their evidence (no case data goes to the page).
 * - fill: after the user clicked Fill, only the steps (selector + value) the user kept.
 * - undo: puts back what the last fill changed, if the page is still the same.
 * - highlight: outlines one field while the user hovers it in teach mode (null clears).
 * - scrape: a case-summary page's charges as events (the adapter's table selectors, if any).
 */
export type AgentRequest =
  | { type: 'agent/hello' }
  | { type: 'agent/collect'; probe?: string[] }
  | { type: 'agent/fill'; expectedUrl: string; steps: FillStep[] }
  | { type: 'agent/undo'; expectedUrl: string }
  | { type: 'agent/highlight'; selector: string | null }
  | { type: 'agent/scrape'; scrape?: ScrapeTable };

export type AgentReply<T> = { ok: true; data: T } | { ok: false; error: string };
