import { Case, CaseBody, clientDisplayName, problemsFrom } from '../model';
import type { CaseRow, VacaturDb } from './database';
import { StoreError, storeErrorFrom } from './errors';

/** What the case list shows; computed from the case so the list needs no second index. */
export interface CaseSummary {
  id: string;
  name: string;
  aliases: string[];
  updatedAt: string;
  events: number;
  counties: string[];
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
 * Turns a case into its stored payload and back. The identity codec stores it in the clear;
 * the encryption codec (set once a passphrase exists) seals it. Every read and write passes
 * here, so encryption at rest is one place.
 */
export interface PayloadCodec {
  seal(c: Case): Promise<CaseRow['payload']>;
  open(p: CaseRow['payload']): Promise<Case>;
}

export const plainCodec: PayloadCodec = {
  seal: async (c) => ({ kind: 'plain', case: c }),
  open: async (p) => {
    if (p.kind !== 'plain') throw new StoreError('This case is encrypted. Unlock Vacatur Assist with your passphrase.', 'locked');
    return p.case;
  },
};

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

/** The only way the app reads and writes cases. Validates with zod before every write. */
export class CaseRepository {
  constructor(
    private readonly db: VacaturDb,
    private readonly clock: RepositoryClock = systemClock,
    public codec: PayloadCodec = plainCodec,
  ) {}

  /** Summaries of every case, most recently changed first. */
  async list(): Promise<CaseSummary[]> {
    const rows = await this.db.cases.orderBy('updatedAt').reverse().toArray();
    return Promise.all(rows.map(async (r) => summarize(await this.codec.open(r.payload))));
  }

  async get(id: string): Promise<Case> {
    const row = await this.db.cases.get(id);
    if (!row) throw new StoreError('That case no longer exists (it may have been deleted).', 'not-found');
    return this.codec.open(row.payload);
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

  /** Deletes a case and returns it, so the panel can offer "Undo". */
  async remove(id: string): Promise<Case> {
    const c = await this.get(id);
    try {
      await this.db.cases.delete(id);
    } catch (e) {
      throw storeErrorFrom(e, 'delete the case');
    }
    return c;
  }

  /** Puts a deleted case back exactly as it was (the undo of `remove`). */
  async restore(c: unknown): Promise<Case> {
    const parsed = Case.safeParse(c, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case could not be restored.', 'invalid', problemsFrom(parsed.error));
    return this.write(parsed.data);
  }

  async count(): Promise<number> {
    return this.db.cases.count();
  }

  private async write(c: Case): Promise<Case> {
    try {
      await this.db.cases.put({ id: c.id, updatedAt: c.updatedAt, payload: await this.codec.seal(c) });
      return c;
    } catch (e) {
      throw storeErrorFrom(e, 'save the case');
    }
  }
}
