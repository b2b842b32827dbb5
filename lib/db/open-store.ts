import { CaseRepository, systemClock, type RepositoryClock } from './case-repository';
import { DEFAULT_DB_NAME } from './database';
import { Vault, type VaultOptions } from './vault';

export interface OpenStoreOptions extends VaultOptions {
  /** Base database name; generations and the meta database derive from it. Tests pass a unique one. */
  name?: string;
  /** Ids and timestamps for cases (tests pass a deterministic one). */
  repoClock?: RepositoryClock;
}

export interface Store {
  repo: CaseRepository;
  vault: Vault;
}

/**
 * What the background constructs once: the vault (lock state, passphrase, generations) and a
 * repository that reads through it, so the repository's codec and database follow the vault.
 * With a `keyCache`, a store that was unlocked before a service-worker restart comes back
 * unlocked.
 * @example const { repo, vault } = await openStore({ keyCache: sessionStorageKeyCache })
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const vault = await Vault.open(options.name ?? DEFAULT_DB_NAME, options);
  await vault.unlockFromCache();
  return { vault, repo: new CaseRepository(vault, options.repoClock ?? systemClock) };
}
