import { BackupError, createBackup, createHandoff, importHandoff, restoreBackup, type ImportReport } from '../backup';
import { Request, type Reply, type ResponseData, type VaultStatusReply } from '../messages';
import type { AdapterStore } from './adapter-store';
import type { CaseRepository } from './case-repository';
import { StoreError } from './errors';
import type { Vault } from './vault';
import { lastBackupAt, recordBackup } from './backup-record';
import type { CaseBroadcast } from '../messaging/panel-broadcast';
import { encodeDataUrl } from '../data-url';
import { ExhibitStore } from './exhibit-store';
import { Transfers } from './transfers';
import { PracticeDefaultsStore } from './practice-defaults-store';
import { CaseBody, withPracticeDefaults } from '../model';

/** The idle auto-lock as the handlers need it; the background keeps its clock and alarm. */
export interface IdleLock {
  readonly minutes: number;
  setMinutes(minutes: number): Promise<void>;
  /** The user did something: start the idle period over. */
  touch(): Promise<void>;
}

export interface StoreContext {
  repo: CaseRepository;
  /** Tells every open panel that a case changed or went to the trash (runtime broadcast in the background). */
  notify?(message: CaseBroadcast): void;
  adapters: AdapterStore;
  vault: Vault;
  idle: IdleLock;
  version: string;
  /** Long texts in parts (large backups); one per background, made on first use when not given. */
  transfers?: Transfers;
}

/** The background's transfers when the context brings none (one background, one set of held texts). */
const sharedTransfers = new Transfers();

/** Requests that are not the user working with cases, so they do not keep the store unlocked. */
const NOT_ACTIVITY = new Set<Request['type']>(['ping', 'vault/status', 'vault/lock', 'backup/status', 'transfer/read', 'transfer/write']);

/**
 * Answers the case-store part of the message protocol. Pure over the store, so the
 * background is a thin shell and tests need no browser. The background calls it only for
 * extension pages (lib/messaging/sender.ts); content scripts never reach it.
 */
export async function handleStoreRequest(raw: unknown, ctx: StoreContext): Promise<Reply<unknown>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unknown or malformed message.' };
  const msg = parsed.data;
  try {
    const reply = ok(await answer(msg, ctx));
    if (!NOT_ACTIVITY.has(msg.type) && ctx.vault.status().state === 'unlocked') await ctx.idle.touch();
    return reply;
  } catch (e) {
    if (e instanceof BackupError) return { ok: false, error: e.message, problems: e.problems, reason: e.reason };
    if (e instanceof StoreError) {
      return { ok: false, error: e.message, problems: e.problems, reason: e.reason, ...(e.retryAfterMs ? { retryAfterMs: e.retryAfterMs } : {}) };
    }
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

async function answer(msg: Request, { repo, adapters, vault, idle, version, notify = () => {}, transfers = sharedTransfers }: StoreContext): Promise<unknown> {
  const status = (): VaultStatusReply => ({ ...vault.status(), autoLockMinutes: idle.minutes });
  const exhibits = () => new ExhibitStore(repo.binding, repo.clock);
  /** A long text goes back as a ticket to read in parts (lib/db/transfers.ts). */
  const deliver = (text: string) => (text.length > transfers.partChars ? { text: '', transfer: transfers.offer(text) } : { text });
  const uploaded = (m: { text: string; transfer?: string }) => (m.transfer ? transfers.take(m.transfer) : m.text);
  /**
   * After an import: each written case's new revision, as a change notice. A panel with one of
   * them open pulls it and merges it with what it holds (a replaced case never simply
   * overwrites typing on screen, and a "keep both" copy has a new id that no editor has open);
   * a case list reloads (at most once a second however many cases came in). Nothing is sent
   * when nothing was written (conflicts reported, or a dry run).
   */
  const announce = (report: ImportReport) => {
    for (const r of report.revisions) notify({ type: 'panel/changed', id: r.id, revision: r.revision });
    return report;
  };
  switch (msg.type) {
    case 'ping':
      return { ok: true, version } satisfies ResponseData['ping'];
    case 'cases/list':
      // Once per store: sealed cases written before schema 5 give up their data: URL files.
      await repo.moveInlineFiles();
      return repo.list();
    case 'cases/get':
      return repo.getWithRevision(msg.id);
    case 'cases/create': {
      // A new case starts with the office's attorney and agencies where it has none of its own.
      const parsed = CaseBody.safeParse(msg.body);
      const body = parsed.success ? withPracticeDefaults(parsed.data, await new PracticeDefaultsStore(repo.binding).get()) : msg.body;
      const created = await repo.create(body);
      await repo.appendAudit(created.id, { action: 'create', detail: 'Case created in this browser.' });
      notify({ type: 'panel/changed', id: created.id, revision: 1 });
      return { ...created, revision: 1 };
    }
    case 'cases/save': {
      // The panel already holds the case it sent: the answer carries the new revision, and the
      // case only when what was written differs (merged, or an entry id renumbered).
      const outcome = await repo.saveFrom(msg.case, msg.base);
      if (outcome.status === 'saved') notify({ type: 'panel/changed', id: outcome.id, revision: outcome.revision });
      return outcome satisfies ResponseData['cases/save'];
    }
    case 'cases/patch': {
      const outcome = await repo.saveChanges(msg.id, msg.baseRevision, msg.set, msg.unset);
      if (outcome.status === 'saved') notify({ type: 'panel/changed', id: outcome.id, revision: outcome.revision });
      return outcome satisfies ResponseData['cases/patch'];
    }
    case 'exhibits/put':
      return exhibits().put({ caseId: msg.caseId, name: msg.name, type: msg.fileType, data: msg.data });
    case 'exhibits/get': {
      const { ref, bytes } = await exhibits().get(msg.caseId, msg.id);
      return { ref, data: encodeDataUrl(bytes, ref.type) } satisfies ResponseData['exhibits/get'];
    }
    case 'transfer/read':
      return transfers.read(msg.id, msg.index);
    case 'transfer/write':
      return transfers.write(msg.id, msg.index, msg.text);
    case 'cases/delete': {
      const removed = await repo.remove(msg.id);
      notify({ type: 'panel/deleted', id: msg.id });
      return removed;
    }
    case 'cases/restore': {
      await repo.restore(msg.id);
      const restored = await repo.getWithRevision(msg.id);
      notify({ type: 'panel/changed', id: restored.id, revision: restored.revision! });
      return restored;
    }
    case 'cases/trash':
      return repo.trash();
    case 'cases/discard':
      await repo.discard(msg.id);
      notify({ type: 'panel/deleted', id: msg.id });
      return { id: msg.id };
    case 'vault/status':
    case 'vault/activity':
      return status();
    case 'vault/setup':
      await vault.setup(msg.passphrase);
      return status();
    case 'vault/continue-plain':
      await vault.continueWithoutPassphrase();
      return status();
    case 'vault/unlock':
      await vault.unlock(msg.passphrase);
      return status();
    case 'vault/lock':
      await vault.lock();
      return status();
    case 'vault/change-passphrase':
      await vault.changePassphrase(msg.oldPassphrase, msg.newPassphrase);
      return status();
    case 'vault/auto-lock':
      await idle.setMinutes(msg.minutes);
      return status();
    case 'backup/export': {
      const backup = await createBackup(repo, msg.passphrase);
      await recordBackup(repo.binding.db, repo.clock.now());
      return { ...backup, ...deliver(backup.text) } satisfies ResponseData['backup/export'];
    }
    case 'backup/status':
      return { lastBackupAt: await lastBackupAt(repo.binding.db), cases: await repo.count(), now: repo.clock.now() } satisfies ResponseData['backup/status'];
    case 'backup/import':
      return announce(await restoreBackup(repo, uploaded(msg), msg.passphrase, { onConflict: msg.onConflict }));
    case 'handoff/export': {
      const text = await createHandoff(repo, msg.caseId, msg.passphrase);
      await repo.appendAudit(msg.caseId, { action: 'handoff', detail: 'Exported an encrypted hand-off file.' });
      return deliver(text) satisfies ResponseData['handoff/export'];
    }
    case 'handoff/import':
      return announce(await importHandoff(repo, uploaded(msg), msg.passphrase, { onConflict: msg.onConflict }));
    case 'defaults/get':
      return new PracticeDefaultsStore(repo.binding).get();
    case 'defaults/save':
      return new PracticeDefaultsStore(repo.binding).save(msg.defaults);
    case 'adapters/list':
      return adapters.list();
    case 'adapters/save':
      return adapters.save(msg.adapter);
    case 'adapters/delete':
      await adapters.remove(msg.id);
      return { id: msg.id };
    case 'adapters/import-pack':
      return adapters.importPack(msg.pack);
    case 'adapters/export-pack':
      return adapters.exportPack();
    case 'audit/list':
      return repo.auditLog(msg.caseId);
    case 'audit/append':
      return repo.appendAudit(msg.caseId, { action: msg.action, detail: msg.detail, fields: msg.fields });
  }
}

function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}
