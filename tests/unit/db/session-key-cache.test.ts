import { expect, it } from 'vitest';
import { openStore, sessionKeyCacheOver, type StorageAreaLike } from '@/lib/db';
import { FAST, freshStore, PASS, secretBody } from './store-fixtures';

/** Like storage.session: values go through JSON, so a Uint8Array would not survive as one. */
function jsonArea(): StorageAreaLike & { items: Record<string, string> } {
  const items: Record<string, string> = {};
  return {
    items,
    get: async (k) => (k in items ? { [k]: JSON.parse(items[k]!) } : {}),
    set: async (o) => void Object.entries(o).forEach(([k, v]) => (items[k] = JSON.stringify(v))),
    remove: async (k) => void delete items[k],
  };
}

it('keeps the session key in a JSON storage area as base64 across a restart, and removes it on lock', async () => {
  const area = jsonArea();
  const { vault, repo, name } = await freshStore({ keyCache: sessionKeyCacheOver(area) });
  await vault.setup(PASS);
  const c = await repo.create(secretBody());
  expect(area.items['vault.sessionKey']).toMatch(/^"[A-Za-z0-9+/]{43}="$/);
  vault.close();
  const restarted = await openStore({ ...FAST, name, keyCache: sessionKeyCacheOver(area) });
  expect(restarted.vault.status().state).toBe('unlocked');
  expect((await restarted.repo.get(c.id)).client.firstName).toBe('Marisol1');
  await restarted.vault.lock();
  expect(area.items).toEqual({});
  restarted.vault.close();
});

it('a lock requested while re-encrypting takes effect when it ends', async () => {
  const { vault } = await freshStore();
  await vault.continueWithoutPassphrase();
  const setting = vault.setup(PASS);
  await vault.lock();
  await setting;
  expect(vault.status()).toMatchObject({ state: 'locked', busy: false });
  await vault.unlock(PASS);
  expect(vault.status().state).toBe('unlocked');
  vault.close();
});
