import Dexie, { type EntityTable } from 'dexie';
import { VacaturDb } from './database';
import { writeSnapshot, type StoreSnapshot } from './store-snapshot';

/**
 * Why generations. Setting a passphrase must leave no plaintext on disk, and changing it must
 * leave no key wrapped by the old one. IndexedDB has no compaction call: an overwritten or
 * deleted row can survive in the browser's database files (LevelDB logs in Chrome, SQLite
 * pages in Firefox) until the engine gets round to compacting. Deleting a whole database
 * removes its files. So the store is rewritten into a fresh database (a new generation), a
 * small pointer is switched to it, and the old database is deleted.
 *
 * Crash safety, step by step:
 *  1. the new generation is written in one transaction: a crash leaves a half-made or orphan
 *     database that nothing points to; the old one is still active and complete;
 *  2. the pointer switch and the "retired" note for the old name are one transaction in the
 *     meta database: either the old generation is active, or the new one is and the old one
 *     is marked for deletion;
 *  3. the old database is deleted; a crash before that is finished by `sweepRetired` on the
 *     next start.
 * The meta database holds only database names: nothing about any client.
 */
interface MetaRow {
  key: 'active' | 'retired';
  value: string | string[];
}

class MetaDb extends Dexie {
  pointer!: EntityTable<MetaRow, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ pointer: 'key' });
  }
}

/** `vacatur-assist` → `vacatur-assist-g2` → `vacatur-assist-g3` … */
export function nextGenerationName(baseName: string, current: string): string {
  const m = new RegExp(`^${baseName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-g(\\d+)$`).exec(current);
  return `${baseName}-g${m ? Number(m[1]) + 1 : 2}`;
}

export class Generations {
  private readonly meta: MetaDb;

  constructor(readonly baseName: string) {
    this.meta = new MetaDb(`${baseName}-meta`);
  }

  /** The database that holds the store now; the base name itself before any rewrite (existing installs). */
  async activeName(): Promise<string> {
    const row = await this.meta.pointer.get('active');
    return typeof row?.value === 'string' ? row.value : this.baseName;
  }

  /** Deletes generations that were retired but not yet deleted (a crash after the switch). */
  async sweepRetired(): Promise<void> {
    const active = await this.activeName();
    const retired = await this.retired();
    for (const name of retired) if (name !== active) await Dexie.delete(name);
    if (retired.length) await this.meta.pointer.put({ key: 'retired', value: [] });
  }

  /** Makes `next` active and marks `old` for deletion, in one transaction. */
  async switchTo(next: string, old: string): Promise<void> {
    await this.meta.transaction('rw', this.meta.pointer, async () => {
      const retired = await this.retired();
      await this.meta.pointer.put({ key: 'active', value: next });
      await this.meta.pointer.put({ key: 'retired', value: [...new Set([...retired, old])].filter((n) => n !== next) });
    });
  }

  /**
   * Writes `snapshot` into a new generation, switches to it and deletes `current`. Returns the
   * new database, open. On failure before the switch the new database is removed and `current`
   * stays active and untouched.
   */
  async replace(current: VacaturDb, snapshot: StoreSnapshot): Promise<VacaturDb> {
    const target = nextGenerationName(this.baseName, current.name);
    await Dexie.delete(target); // an orphan from an earlier crash at step 1
    const next = new VacaturDb(target);
    try {
      await writeSnapshot(next, snapshot);
      await this.switchTo(target, current.name);
    } catch (e) {
      next.close();
      await Dexie.delete(target).catch(() => {});
      throw e;
    }
    current.close();
    await this.sweepRetired();
    return next;
  }

  close(): void {
    this.meta.close();
  }

  private async retired(): Promise<string[]> {
    const row = await this.meta.pointer.get('retired');
    return Array.isArray(row?.value) ? row.value : [];
  }
}
