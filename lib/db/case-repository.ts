import { Case, CaseBody, clientDisplayName, problemsFrom } from '../model';
import { AuditEntry, type DamagedAuditEntry, type NewAuditEntry } from './audit';
import { plainCodec, type PayloadCodec } from './codec';
import { VacaturDb, type CaseRow } from './database';
import { StoreError, storeErrorFrom } from './errors';

export { plainCodec, type PayloadCodec } from './codec';

/** What the case list shows; computed from the case so the list needs no second index. */
export interface CaseSummary {
  id: string;
  name: string;
  aliases: string[];
  updatedAt: string;
  events: number;
  counties: string[];
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
    const rows = await this.db.cases.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      rows.map(async (r) => {
        try {
          return summarize(await codec.open(r));
        } catch (e) {
          if (e instanceof StoreError && e.reason === 'damaged') return damagedSummary(r, e.message);
          throw e;
        }
      }),
    );
  }

  async get(id: string): Promise<Case> {
    const codec = this.codec;
    codec.ready();
    const row = await this.db.cases.get(id);
    if (!row) throw notFound();
    return codec.open(row);
  }

  /** Creates a case from a body (a new blank case, an imported file, the sample case). */
  async create(body: unknown): Promise<Case> {
    const parsed = CaseBody.safeParse(body, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    const now = this.clock.now();
    return this.write({ ...parsed.data, id: this.clock.newId(), createdAt: now, updatedAt: now });
  }

  /** Saves an edited case; stamps updatedAt. */
  async save(c: unknown): Promise<Case> {
    const parsed = Case.safeParse(c, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    return this.write({ ...parsed.data, updatedAt: this.clock.now() });
  }

  /**
   * Deletes a case and returns it, so the panel can offer "Undo". Its key and audit entries go
   * in the same transaction: once the key row is gone, leftover ciphertext cannot be opened.
   */
  async remove(id: string): Promise<Case> {
    const c = await this.get(id);
    await this.discard(id);
    return c;
  }

  /** Deletes a case without reading it first: the way to clear a damaged entry from the list. */
  async discard(id: string): Promise<void> {
    const db = this.db;
    try {
      await db.transaction('rw', db.cases, db.keys, db.audit, async () => {
        await db.cases.delete(id);
        await db.keys.delete(id);
        await db.audit.where('caseId').equals(id).delete();
      });
    } catch (e) {
      throw storeErrorFrom(e, 'delete the case');
    } finally {
      this.codec.forget(id);
    }
  }

  /** Puts a deleted case back exactly as it was (the undo of `remove`); it gets a new key, its audit log starts afresh. */
  async restore(c: unknown): Promise<Case> {
    const parsed = Case.safeParse(c, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case could not be restored.', 'invalid', problemsFrom(parsed.error));
    return this.write(parsed.data);
  }

  async count(): Promise<number> {
    return this.db.cases.count();
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

  private async write(c: Case): Promise<Case> {
    const { db, codec } = this.binding;
    const { payload, newKey } = await codec.seal(c);
    try {
      await db.transaction('rw', db.cases, db.keys, async () => {
        if (newKey) await db.keys.put(newKey);
        await db.cases.put({ id: c.id, updatedAt: c.updatedAt, payload });
      });
      return c;
    } catch (e) {
      // The codec may have cached a new key that never reached the disk.
      if (newKey) codec.forget(c.id);
      throw storeErrorFrom(e, 'save the case');
    }
  }
}

const notFound = () => new StoreError('That case no longer exists (it may have been deleted).', 'not-found');
