import { Adapter } from '../portals/schema';
import { exportAdapterPack, validateAdapterPack } from '../portals/pack';
import { problemsFrom } from '../model';
import { StoreError } from './errors';
import type { StoreBinding } from './case-repository';

/**
 * User-taught portal adapters (teach mode and imported packs). Selectors and case-field names
 * only, never case data, so they are stored as they are; every write is validated with the
 * same schema as the built-in adapters.
 */
export class AdapterStore {
  constructor(private readonly binding: StoreBinding) {}

  async list(): Promise<Adapter[]> {
    const rows = await this.binding.db.adapters.toArray();
    return rows.flatMap((r) => {
      const parsed = Adapter.safeParse(r.adapter);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Validates and saves (replacing an adapter with the same id). */
  async save(raw: unknown): Promise<Adapter> {
    const adapter = validate(raw);
    await this.binding.db.adapters.put({ id: adapter.id, adapter });
    return adapter;
  }

  async remove(id: string): Promise<void> {
    await this.binding.db.adapters.delete(id);
  }

  /** Imports a pack (lib/portals/pack.ts validates it): every adapter is written, or none. */
  async importPack(raw: unknown): Promise<Adapter[]> {
    const result = validateAdapterPack(raw);
    if (!result.ok) throw new StoreError(`The adapter pack was not imported: ${result.reason}. Nothing was changed.`, 'invalid');
    const { db } = this.binding;
    await db.transaction('rw', db.adapters, () => db.adapters.bulkPut(result.adapters.map((a) => ({ id: a.id, adapter: a }))));
    return result.adapters;
  }

  async exportPack() {
    return exportAdapterPack(await this.list());
  }
}

function validate(raw: unknown, at: PropertyKey[] = []): Adapter {
  const parsed = Adapter.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new StoreError('The portal adapter is not valid and was not saved.', 'invalid', problemsFrom(parsed.error, at));
}
