import { Case, CaseBody, clientDisplayName, ensureUniqueIds, problemsFrom, retiredAfter } from '../model';
import { caseStatus, type CaseStatus } from '../case-status';
import { nextDeadline } from '../packet/deadlines';
import { AuditEntry, type DamagedAuditEntry, type NewAuditEntry } from './audit';
import { plainCodec, type PayloadCodec } from './codec';
import { VacaturDb, type CaseRow } from './database';
import { Stale, StoreError, storeErrorFrom } from './errors';
import { dropUnreferenced, extractInlineFiles, hasInlineFiles, refIds, sealPending } from './exhibit-files';
import { saveChanges, saveFrom, type PatchOutcome, type SaveOutcome } from './save-from';
import { TRASH_DAYS } from './trash-policy';

export { plainCodec, type PayloadCodec } from './codec';
export type { PatchOutcome, SaveOutcome } from './save-from';

/** What the case list shows; computed from the case so the list needs no second index. */
export interface CaseSummary {
  id: string;
  name: string;
  aliases: string[];
  updatedAt: string;
  events: number;
  counties: string[];
  /** Issue 14: the latest dated milestone ('intake' before any), for the list's status column (worded by the panel). */
  status?: CaseStatus;
  /** Issue 14: the earliest response date of the agencies served (YYYY-MM-DD), '' when none is known. */
  responseDue?: string;
  /** Set when the stored row cannot be opened: why, in words fit to show. The other fields are placeholders. */
  damaged?: string;
}

export interface RepositoryClock {
  now(): string;
  newId(): string;
}

export const systemClock: RepositoryClock = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};

/**
 * Where a repository reads and writes. The vault (lib/db/vault.ts) is one: its database moves
 * to a new generation when the store is re-encrypted, and its codec follows lock state, so the
 * repository asks on every call instead of keeping its own copy.
 */
export interface StoreBinding {
  readonly db: VacaturDb;
  readonly codec: PayloadCodec;
}

export function summarize(c: Case): CaseSummary {
  return {
    id: c.id,
    name: clientDisplayName(c.client),
    aliases: c.client.aliases,
    updatedAt: c.updatedAt,
    events: c.events.length,
    counties: [...new Set(c.events.map((e) => e.county).filter(Boolean))].sort(),
    status: caseStatus(c.milestones),
    // Whether it has passed depends on today: the list compares (the store has no clock here).
    responseDue: nextDeadline(c.prosecutingAgencies, '')?.due ?? '',
  };
}

function damagedSummary(row: CaseRow, why: string): CaseSummary {
  return { id: row.id, name: '(case cannot be opened)', aliases: [], updatedAt: row.updatedAt, events: 0, counties: [], damaged: why };
}

/** The only way the app reads and writes cases. Validates with zod before every write. */
export class CaseRepository {
  readonly binding: StoreBinding;

  constructor(
    db: VacaturDb | StoreBinding,
    readonly clock: RepositoryClock = systemClock,
    codec: PayloadCodec = plainCodec,
  ) {
    this.binding = db instanceof VacaturDb ? { db, codec } : db;
  }

  get codec(): PayloadCodec {
    return this.binding.codec;
  }

  private get db(): VacaturDb {
    return this.binding.db;
  }

  /** Summaries of every case, most recently changed first. A row that cannot be opened is listed on its own as damaged. */
  async list(): Promise<CaseSummary[]> {
    const codec = this.codec;
    codec.ready();
    const rows = await this.db.cases.orderBy('updatedAt').reverse().filter((r) => !r.deletedAt).toArray();
    return Promise.all(rows.map((r) => summaryOf(codec, r)));
  }

  async get(id: string): Promise<Case> {
    const codec = this.codec;
    codec.ready();
    const row = await this.db.cases.get(id);
    if (!row || row.deletedAt) throw notFound();
    return codec.open(row);
  }

  /**
   * A case with the revision it was read at (what the panel edits from). A sealed case written
   * before schema 5 still holds its files as data: URLs: they move to the exhibit table first, so
   * what goes to the panel is small (see moveExhibitFilesOutOfCases).
   */
  async getWithRevision(id: string): Promise<Case> {
    const stored = await this.storedRow(id);
    if (!hasInlineFiles(stored.case)) return stored.case;
    try {
      const moved = await this.write(stored.case, { expectRevision: stored.row.revision ?? 1, previous: stored.case });
      return { ...moved.case, revision: moved.revision };
    } catch (e) {
      if (e instanceof Stale) return (await this.storedRow(id)).case;
      throw e;
    }
  }

  /**
   * Moves the data: URL files of every live case into the exhibit table, once per store (a
   * setting remembers it). Sealed rows could not be moved by the schema-5 upgrade; this runs when
   * the store can open them. A case changed meanwhile is left for its next read or save.
   */
  async moveInlineFiles(): Promise<number> {
    const { db, codec } = this.binding;
    codec.ready();
    if ((await db.settings.get(INLINE_FILES_MOVED))?.value === true) return 0;
    let moved = 0;
    const ids = (await db.cases.filter((r) => !r.deletedAt).primaryKeys()) as string[];
    for (const id of ids) {
      const row = await db.cases.get(id);
      if (!row || row.deletedAt) continue;
      const c = await codec.open(row).catch(() => undefined);
      if (!c || !hasInlineFiles(c)) continue;
      await this.write(opened(row, c), { expectRevision: row.revision ?? 1, previous: c }).then(
        () => moved++,
        (e: unknown) => {
          if (!(e instanceof Stale)) throw e;
        },
      );
    }
    await db.settings.put({ key: INLINE_FILES_MOVED, value: true });
    return moved;
  }

  /** Creates a case from a body (a new blank case, an imported file, the sample case). */
  async create(body: unknown): Promise<Case> {
    const parsed = CaseBody.safeParse(body, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    const now = this.clock.now();
    return (await this.write({ ...parsed.data, id: this.clock.newId(), createdAt: now, updatedAt: now })).case;
  }

  /**
   * Writes a case over whatever is stored, stamping updatedAt and the next revision. For imports
   * and tests; the panel saves through `saveFrom`, which never overwrites a newer revision.
   */
  async save(c: unknown): Promise<Case> {
    const parsed = Case.safeParse(c, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    return (await this.write({ ...parsed.data, updatedAt: this.clock.now() })).case;
  }

  /**
   * Saves a panel's draft that was edited from `base` (the version the panel loaded, with its
   * revision). When the stored revision is still the base's, the draft is written. Otherwise
   * another panel saved meanwhile: the three-way merge (lib/db/case-merge.ts) combines both;
   * when the same field changed on both sides, nothing is written and the conflicts come back.
   * Without a base (an old caller), a stale save can only conflict: nothing is overwritten.
   */
  async saveFrom(draft: unknown, base?: unknown): Promise<SaveOutcome> {
    return saveFrom(this, draft, base);
  }

  /**
   * Saves only the top-level parts a panel changed (`set`, `unset`) against the revision it
   * loaded. Written when that is still the stored revision; otherwise `rebase` (nothing written):
   * the panel then sends its draft and base for the three-way merge (saveFrom).
   */
  async saveChanges(id: string, baseRevision: number, set: Record<string, unknown>, unset: string[] = []): Promise<PatchOutcome> {
    return saveChanges(this, id, baseRevision, set, unset);
  }

  /**
   * Moves a case to the trash and returns it (the panel names it in the "Undo" toast). It stays
   * sealed under its own key until restored or purged (`purgeTrash`).
   */
  async remove(id: string): Promise<Case> {
    const c = await this.get(id);
    await this.mark(id, (row) => !row.deletedAt, { deletedAt: this.clock.now() });
    return c;
  }

  /** Takes a case out of the trash (the "Undo" of a delete, and the trash view's Restore). */
  async restore(id: string): Promise<Case> {
    await this.mark(id, (row) => Boolean(row.deletedAt), { deletedAt: undefined });
    return this.get(id);
  }

  /** The cases in the trash, most recently deleted first; `deletedAt` says when. */
  async trash(): Promise<TrashedSummary[]> {
    const codec = this.codec;
    codec.ready();
    const rows = (await this.db.cases.where('deletedAt').above('').toArray()).sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!));
    return Promise.all(rows.map(async (r) => ({ ...(await summaryOf(codec, r)), deletedAt: r.deletedAt! })));
  }

  /**
   * Deletes for good (`discard`: the row, its key and its audit log in one transaction) every
   * case that has been in the trash for `days` days or more. Needs no key, so it also runs while
   * the store is locked (on background start and from the daily alarm). Returns the ids purged.
   */
  async purgeTrash(days = TRASH_DAYS): Promise<string[]> {
    const cutoff = new Date(Date.parse(this.clock.now()) - days * DAY_MS).toISOString();
    const ids = (await this.db.cases.where('deletedAt').belowOrEqual(cutoff).primaryKeys()) as string[];
    for (const id of ids) await this.discard(id);
    return ids;
  }

  /** Deletes a case for good without reading it: damaged entries, and the purge of the trash. Its key goes with it. */
  async discard(id: string): Promise<void> {
    const db = this.db;
    try {
      await db.transaction('rw', [db.cases, db.keys, db.audit, db.exhibits], async () => {
        await db.cases.delete(id);
        await db.keys.delete(id);
        await db.audit.where('caseId').equals(id).delete();
        await db.exhibits.where('caseId').equals(id).delete();
      });
    } catch (e) {
      throw storeErrorFrom(e, 'delete the case');
    } finally {
      this.codec.forget(id);
    }
  }

  /** The stored revision of a case in the list (not in the trash), or undefined. */
  async revisionOf(id: string): Promise<number | undefined> {
    const row = await this.db.cases.get(id);
    return row && !row.deletedAt ? (row.revision ?? 1) : undefined;
  }

  /** Reads the stored row of a live case and opens it (for the merge of a stale save). */
  async storedRow(id: string): Promise<{ row: CaseRow; case: Case }> {
    const codec = this.codec;
    codec.ready();
    const row = await this.db.cases.get(id);
    if (!row || row.deletedAt) throw notFound();
    return { row, case: opened(row, await codec.open(row)) };
  }

  /** Cases in the list (the trash is not counted). */
  async count(): Promise<number> {
    return this.db.cases.filter((r) => !r.deletedAt).count();
  }

  /**
   * Appends an entry to a case's audit log, sealed under the case's own key.
   * @example await repo.appendAudit(id, { action: 'fill', detail: 'EFSP filing form', fields: ['client.lastName'] })
   */
  async appendAudit(caseId: string, entry: NewAuditEntry): Promise<AuditEntry> {
    const parsed = AuditEntry.safeParse({ ...entry, at: entry.at ?? this.clock.now() }, { reportInput: true });
    if (!parsed.success) throw new StoreError('The audit entry has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    const db = this.db;
    if (!(await db.cases.get(caseId))) throw notFound();
    const payload = await this.codec.sealAudit(caseId, parsed.data);
    try {
      await db.transaction('rw', db.cases, db.audit, async () => {
        // Checked again inside the transaction, so an entry cannot outlive a case deleted meanwhile.
        if (!(await db.cases.get(caseId))) throw notFound();
        await db.audit.add({ caseId, payload });
      });
    } catch (e) {
      throw storeErrorFrom(e, 'save the audit entry');
    }
    return parsed.data;
  }

  /** A case's audit log, oldest first; an entry that cannot be opened shows as `{ damaged }` in its place. */
  async auditLog(caseId: string): Promise<Array<AuditEntry | DamagedAuditEntry>> {
    const codec = this.codec;
    codec.ready();
    const rows = await this.db.audit.where('caseId').equals(caseId).sortBy('id');
    return Promise.all(
      rows.map((r) =>
        codec.openAudit(r).catch((e: unknown) => {
          if (e instanceof StoreError && e.reason === 'damaged') return { damaged: e.message };
          throw e;
        }),
      ),
    );
  }

  /**
   * The one write of a case. Entry ids are made unique and never reused here (ensureUniqueIds), so
   * no path can store duplicates; the revision goes up by one. `expectRevision`: the write happens
   * only if the stored revision is still that one (checked inside the transaction), else `Stale`.
   * `previous`: the stored version the write replaces, to retire the ids of removed entries and
   * delete the files it referred to that this version does not.
   * An exhibit file given as a data: URL moves to the exhibit table here, so no path stores one.
   */
  async write(c: Case, opts: { expectRevision?: number; previous?: Case } = {}): Promise<{ case: Case; revision: number }> {
    const { db, codec } = this.binding;
    const retired = new Set([...(opts.previous?.retiredEntryIds ?? []), ...(c.retiredEntryIds ?? [])]);
    const known = new Set([...(opts.previous?.events ?? []), ...(opts.previous?.evidence ?? [])].map((e) => e.id));
    const unique = ensureUniqueIds(c, { retired, known: opts.previous ? known : undefined });
    const retiredEntryIds = opts.previous ? retiredAfter(opts.previous, unique) : unique.retiredEntryIds;
    const { revision: _stale, ...withInline } = { ...unique, ...(retiredEntryIds?.length ? { retiredEntryIds } : {}) };
    const now = this.clock.now();
    const { case: body, pending } = await extractInlineFiles(withInline as Case, () => this.clock.newId());
    const { payload, newKey } = await codec.seal(body);
    const keep = refIds(body);
    const previous = refIds(opts.previous);
    try {
      const files = await sealPending(codec, c.id, pending, now);
      const revision = await db.transaction('rw', [db.cases, db.keys, db.exhibits], async () => {
        const stored = await db.cases.get(c.id);
        const current = stored ? (stored.revision ?? 1) : 0;
        if (opts.expectRevision !== undefined && current !== opts.expectRevision) throw new Stale();
        if (newKey) await db.keys.put(newKey);
        await db.cases.put({ id: c.id, updatedAt: c.updatedAt, revision: current + 1, payload });
        if (files.length) await db.exhibits.bulkPut(files);
        await dropUnreferenced(db, c.id, keep, previous, now);
        return current + 1;
      });
      return { case: body, revision };
    } catch (e) {
      // The codec may have cached a new key that never reached the disk.
      if (newKey) codec.forget(c.id);
      if (e instanceof Stale) throw e;
      throw storeErrorFrom(e, 'save the case');
    }
  }

  /** Changes a row's clear fields (trash in / out) with the next revision, if `when` holds. */
  private async mark(id: string, when: (row: CaseRow) => boolean, change: Partial<CaseRow>): Promise<void> {
    const db = this.db;
    try {
      await db.transaction('rw', db.cases, async () => {
        const row = await db.cases.get(id);
        if (!row || !when(row)) throw notFound();
        const next: CaseRow = { ...row, ...change, revision: (row.revision ?? 1) + 1 };
        if (next.deletedAt === undefined) delete next.deletedAt;
        await db.cases.put(next);
      });
    } catch (e) {
      throw storeErrorFrom(e, 'change the case');
    }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrashedSummary extends CaseSummary {
  deletedAt: string;
}

async function summaryOf(codec: PayloadCodec, r: CaseRow): Promise<CaseSummary> {
  try {
    return summarize(await codec.open(r));
  } catch (e) {
    if (e instanceof StoreError && e.reason === 'damaged') return damagedSummary(r, e.message);
    throw e;
  }
}

/**
 * A case as the panel edits it: with the revision of its row (the clear counter; never inside the
 * sealed JSON). `get` leaves it out, so a case read back equals the case written.
 */
function opened(row: CaseRow, c: Case): Case {
  return { ...c, revision: row.revision ?? 1 };
}

/** Set once every sealed case's data: URL files have been moved to the exhibit table. */
const INLINE_FILES_MOVED = 'exhibits.inlineMoved';

export const notFound = () => new StoreError('That case no longer exists (it may have been deleted).', 'not-found');
