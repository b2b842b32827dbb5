import type { KdfPolicy } from '../crypto';
import { exportCase, exportStore, writeImport, type CaseRepository, type ExportedCase } from '../db';
import { sha256Hex } from '../db/exhibit-files';
import { BackupError } from './backup-error';
import { BackupContents, HandoffContents, parseContents, validateCases, type ValidCaseEntry } from './contents';
import { BACKUP_FORMAT, HANDOFF_FORMAT, openFileWithParts, sealFile, type FilePart } from './encrypted-file';
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
  /** The cases written, each with its new revision (empty when nothing was written). */
  revisions: Array<{ id: string; revision: number }>;
}

/**
 * An encrypted backup of every case (with audit logs and exhibit files), user adapters and
 * settings (never the store's key material), under its own passphrase. Needs an unlocked (or
 * plain) store. Cases in the trash are left out (the user deleted them). Damaged cases cannot be
 * read, so they are left out and listed in `skipped`.
 * @example const { text } = await createBackup(repo, 'backup passphrase here')
 */
export async function createBackup(repo: CaseRepository, passphrase: string, opts: ExportOptions = {}) {
  const data = await exportStore(repo, { files: true });
  const contents: BackupContents = {
    exportedAt: opts.now ?? repo.clock.now(),
    cases: data.cases.map(entryOf),
    adapters: data.adapters,
    settings: data.settings,
  };
  const text = await sealFile(BACKUP_FORMAT, contents, passphrase, opts, data.cases.flatMap(partsOf));
  return { text, cases: data.cases.length, skipped: data.skipped };
}

/** An encrypted single-case file (with its exhibit files) to hand to another attorney or clinic, under its own passphrase. */
export async function createHandoff(repo: CaseRepository, caseId: string, passphrase: string, opts: ExportOptions = {}): Promise<string> {
  const exported = await exportCase(repo, caseId, { files: true });
  const contents: HandoffContents = { exportedAt: opts.now ?? repo.clock.now(), case: entryOf(exported) };
  return sealFile(HANDOFF_FORMAT, contents, passphrase, opts, partsOf(exported));
}

const entryOf = (e: ExportedCase) => ({ case: e.case, audit: e.audit });
const partsOf = (e: ExportedCase): FilePart[] => e.files.map((f) => ({ id: f.ref.id, bytes: f.bytes }));

/**
 * Restores a backup: opens it, validates every case, and writes cases, audit logs, adapters and
 * settings in one transaction, or nothing. A case whose id exists is a conflict: with no
 * `onConflict` (or `dryRun`) the report lists conflicts and nothing is written.
 * Throws BackupError (wrong-passphrase, corrupted, newer-version, wrong-kind, invalid) with
 * nothing written; StoreError('locked') while the store is locked.
 */
export async function restoreBackup(repo: CaseRepository, text: string, passphrase: string, opts: ImportOptions = {}): Promise<ImportReport> {
  repo.codec.ready();
  const opened = await openFileWithParts(text, BACKUP_FORMAT, passphrase, opts);
  const contents = parseContents(BackupContents, opened.contents, 'backup');
  const entries = validateCases(contents.cases, (i) => ['cases', i, 'case']);
  await checkFiles(entries, opened.files, 'backup');
  return importEntries(repo, entries, opts, { adapters: contents.adapters, settings: contents.settings, files: opened.files });
}

/** Imports a hand-off file: the same checks and conflict handling as a backup, for one case. */
export async function importHandoff(repo: CaseRepository, text: string, passphrase: string, opts: ImportOptions = {}): Promise<ImportReport> {
  repo.codec.ready();
  const opened = await openFileWithParts(text, HANDOFF_FORMAT, passphrase, opts);
  const contents = parseContents(HandoffContents, opened.contents, 'hand-off file');
  const entries = validateCases([contents.case], () => ['case']);
  await checkFiles(entries, opened.files, 'hand-off file');
  return importEntries(repo, entries, opts, { files: opened.files });
}

/**
 * Every exhibit file a case in the file refers to must be in the file, whole: its size and
 * SHA-256 as the reference says. Anything else is a damaged file, and nothing is imported.
 */
async function checkFiles(entries: ValidCaseEntry[], files: ReadonlyMap<string, Uint8Array>, kind: string): Promise<void> {
  for (const e of entries) {
    for (const ev of e.case.evidence) {
      const ref = ev.fileRef;
      if (!ref) continue;
      const bytes = files.get(ref.id);
      if (!bytes || bytes.length !== ref.size || (await sha256Hex(bytes)) !== ref.sha256) {
        throw new BackupError(`This ${kind} is damaged: the file of exhibit "${ev.title || ev.id}" is missing or altered. Nothing was imported.`, 'corrupted');
      }
    }
  }
}

async function importEntries(
  repo: CaseRepository,
  entries: ValidCaseEntry[],
  opts: ImportOptions,
  extras: { adapters?: BackupContents['adapters']; settings?: BackupContents['settings']; files?: ReadonlyMap<string, Uint8Array> },
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
    revisions: [],
  };
  if (opts.dryRun || (plan.conflicts.length && !opts.onConflict)) return report;
  const items = plan.items.map((item) => ({ ...item, files: extras.files }));
  const written = await writeImport(repo, items, { adapters: extras.adapters, settings: extras.settings });
  return { ...report, written: true, revisions: written.revisions };
}

export { BackupError };
