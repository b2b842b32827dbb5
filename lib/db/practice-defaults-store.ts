import { PracticeDefaults, problemsFrom } from '../model';
import { StoreError } from './errors';
import type { StoreBinding } from './case-repository';

const KEY = 'practice.defaults';

/**
 * The office's defaults (lib/model/practice-defaults.ts) in the `settings` table. They describe
 * the office, not a client, so they are stored as they are (as taught adapters are); the vault's
 * own rows stay apart under `vault.*`.
 */
export class PracticeDefaultsStore {
  constructor(private readonly binding: StoreBinding) {}

  async get(): Promise<PracticeDefaults> {
    const row = await this.binding.db.settings.get(KEY);
    const parsed = PracticeDefaults.safeParse(row?.value ?? {});
    return parsed.success ? parsed.data : PracticeDefaults.parse({});
  }

  async save(raw: unknown): Promise<PracticeDefaults> {
    const parsed = PracticeDefaults.safeParse(raw);
    if (!parsed.success) throw new StoreError('The office defaults are not valid and were not saved.', 'invalid', problemsFrom(parsed.error));
    await this.binding.db.settings.put({ key: KEY, value: parsed.data });
    return parsed.data;
  }
}
