import type { KdfPolicy } from '../crypto';
import { exportCase, exportStore, writeImport, type CaseRepository } from '../db';
import { BackupError } from './backup-error';
import { BackupContents, HandoffContents, parseContents, validateCases, type ValidCaseEntry } from './contents';
import { BACKUP_FORMAT, HANDOFF_FORMAT, openFile, sealFile } from './encrypted-file';
import { planImport, type ImportConflict, type OnConflict } from './import-plan';

export interface ExportOptions extends KdfPolicy {
  /** Stamped into the file; defaults to the repository clock. */
  now?: string;
}

export interface ImportOptions extends KdfPolicy {
  /** What to do with a case whose id is already in the store. Without it, conflicts are only reported. */
  onConflict?: OnConflict;
  /** Open, validate and report; write nothing. */
  dryRun?: boolean;
}

/** What an import did, or (written: false) would do. */
export interface ImportReport {
  written: boolean;
  /** Cases in the file. */
  cases: number;
  conflicts: ImportConflict[];
  added: string[];
  replaced: string[];
  keptBoth: Array<{ from: string; to: string }>;
  adapters: number;
  settings: number;
}

/**
 * An encrypted backup of every case (with audit logs), user adapters and settings (never the
 * store's key material), under its own passphrase. Needs an unlocked (or plain) store.
 * Damaged cases cannot be read, so they are left out and listed in `skipped`.
 * @example const { text } = await createBackup(repo, 'backup passphrase here')
 */
export async function createBackup(repo: CaseRepository, passphrase: string, opts: ExportOptions = {}) {
  const data = await exportStore(repo);
  const contents: BackupContents = {
    exportedAt: opts.now ?? repo.clock.now(),
    cases: data.cases,
    adapters: data.adapters,
    settings: data.settings,
  };
  return { text: await sealFile(BACKUP_FORMAT, contents, passphrase, opts), cases: data.cases.length, skipped: data.skipped };
}

/** An encrypted single-case file to hand to another attorney or clinic, under its own passphrase. */
export async function createHandoff(repo: CaseRepository, caseId: string, passphrase: string, opts: ExportOptions = {}): Promise<string> {
  const contents: HandoffContents = { exportedAt: opts.now ?? repo.clock.now(), case: await exportCase(repo, caseId) };
  return sealFile(HANDOFF_FORMAT, contents, passphrase, opts);
}

/**
 * Restores a backup: opens it, validates every case, and writes cases, audit logs, adapters and
 * settings in one transaction, or nothing. A case whose id exists is a conflict: with no
 * `onConflict` (or `dryRun`) the report lists conflicts and nothing is written.
 * Throws BackupError (wrong-passphrase, corrupted, newer-version, wrong-kind, invalid) with
 * nothing written; StoreError('locked') while the store is locked.
 */
export async function restoreBackup(repo: CaseRepository, text: string, passphrase: string, opts: ImportOptions = {}): Promise<ImportReport> {
  repo.codec.ready();
  const contents = parseContents(BackupContents, await openFile(text, BACKUP_FORMAT, passphrase, opts), 'backup');
  const entries = validateCases(contents.cases, (i) => ['cases', i, 'case']);
  return importEntries(repo, entries, opts, { adapters: contents.adapters, settings: contents.settings });
}

/** Imports a hand-off file: the same checks and conflict handling as a backup, for one case. */
export async function importHandoff(repo: CaseRepository, text: string, passphrase: string, opts: ImportOptions = {}): Promise<ImportReport> {
  repo.codec.ready();
  const contents = parseContents(HandoffContents, await openFile(text, HANDOFF_FORMAT, passphrase, opts), 'hand-off file');
  const entries = validateCases([contents.case], () => ['case']);
  return importEntries(repo, entries, opts, {});
}

async function importEntries(
  repo: CaseRepository,
  entries: ValidCaseEntry[],
  opts: ImportOptions,
  extras: { adapters?: BackupContents['adapters']; settings?: BackupContents['settings'] },
): Promise<ImportReport> {
  const existing = new Set((await repo.binding.db.cases.toCollection().primaryKeys()) as string[]);
  const plan = planImport(entries, existing, opts.onConflict, () => repo.clock.newId());
  const report: ImportReport = {
    written: false,
    cases: entries.length,
    conflicts: plan.conflicts,
    added: plan.added,
    replaced: plan.replaced,
    keptBoth: plan.keptBoth,
    adapters: extras.adapters?.length ?? 0,
    settings: extras.settings?.length ?? 0,
  };
  if (opts.dryRun || (plan.conflicts.length && !opts.onConflict)) return report;
  await writeImport(repo, plan.items, extras);
  return { ...report, written: true };
}

export { BackupError };
