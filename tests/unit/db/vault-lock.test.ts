import { describe, expect, it } from 'vitest';
import { openStore, readSnapshot, unlockDelayMs } from '@/lib/db';
import { FAST, freshStore, manualClock, memoryKeyCache, PASS, rawText, secretBody } from './store-fixtures';

async function encryptedStore(options: Parameters<typeof freshStore>[0] = {}) {
  const store = await freshStore(options);
  await store.vault.setup(PASS);
  const c = await store.repo.create(secretBody());
  return { ...store, c };
}

describe('vault: lock, unlock, back-off, session key', () => {
  it('lock forgets the keys: list, get and save refuse with "locked" until unlocked', async () => {
    const { repo, vault, c } = await encryptedStore();
    await vault.lock();
    expect(vault.status().state).toBe('locked');
    for (const attempt of [repo.list(), repo.get(c.id), repo.save(c), repo.create(secretBody(2)), repo.auditLog(c.id)]) {
      await expect(attempt).rejects.toMatchObject({
        reason: 'locked',
        message: 'Vacatur Assist is locked. Unlock it with your passphrase to see your cases.',
      });
    }
    expect(() => vault.exportSessionKey()).toThrow(/locked/);
    await vault.unlock(PASS);
    expect(await repo.get(c.id)).toEqual(c);
    vault.close();
  });

  it('a wrong passphrase is told apart, writes nothing to the cases, and a right one still opens', async () => {
    const { repo, vault, c } = await encryptedStore();
    await vault.lock();
    const before = await readSnapshot(vault.db);
    const err = await vault.unlock('not the passphrase').catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', reason: 'wrong-passphrase', message: 'That passphrase is not right.', retryAfterMs: 0 });
    const after = await readSnapshot(vault.db);
    expect(after.cases).toEqual(before.cases);
    expect(after.keys).toEqual(before.keys);
    expect(after.settings.filter((s) => s.key !== 'vault.failures')).toEqual(before.settings.filter((s) => s.key !== 'vault.failures'));
    expect(vault.status()).toMatchObject({ state: 'locked', failedAttempts: 1 });
    await vault.unlock(PASS);
    expect(vault.status()).toMatchObject({ state: 'unlocked', failedAttempts: 0 });
    expect(await repo.get(c.id)).toEqual(c);
    vault.close();
  });

  it('waits grow after the third failure: 1 s, 2 s, 4 s … capped at 5 minutes, with an injected clock', async () => {
    expect([1, 2, 3, 4, 5, 10, 11, 30].map(unlockDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 128_000, 256_000, 300_000]);
    const clock = manualClock();
    const { vault, name } = await encryptedStore({ clock });
    await vault.lock();
    for (let i = 0; i < 2; i++) await expect(vault.unlock('wrong one!')).rejects.toMatchObject({ reason: 'wrong-passphrase', retryAfterMs: 0 });
    await expect(vault.unlock('wrong one!')).rejects.toMatchObject({
      reason: 'wrong-passphrase',
      retryAfterMs: 1000,
      message: 'That passphrase is not right. Wait 1 second before trying again.',
    });
    expect(vault.status()).toMatchObject({ retryAfterMs: 1000, nextAttemptAllowedAt: clock.now() + 1000, failedAttempts: 3 });
    // Too soon: refused before any key derivation, even with the right passphrase.
    await expect(vault.unlock(PASS)).rejects.toMatchObject({ reason: 'throttled', retryAfterMs: 1000, message: 'Too many wrong passphrases. Try again in 1 second.' });
    clock.advance(1000);
    await expect(vault.unlock('wrong one!')).rejects.toMatchObject({ retryAfterMs: 2000 });
    // The back-off survives a restart of the background.
    vault.close();
    const again = await openStore({ ...FAST, name, clock });
    expect(again.vault.status()).toMatchObject({ state: 'locked', failedAttempts: 4, retryAfterMs: 2000 });
    clock.advance(500);
    await expect(again.vault.unlock(PASS)).rejects.toMatchObject({ reason: 'throttled', retryAfterMs: 1500 });
    clock.advance(1500);
    await again.vault.unlock(PASS);
    expect(again.vault.status()).toMatchObject({ state: 'unlocked', failedAttempts: 0, retryAfterMs: 0 });
    again.vault.close();
  });

  it('the session key survives a service-worker restart through the injected cache, and lock clears it', async () => {
    const keyCache = memoryKeyCache();
    const { vault, name, c } = await encryptedStore({ keyCache });
    expect(keyCache.bytes).toHaveLength(32);
    expect(Buffer.from(vault.exportSessionKey()).equals(Buffer.from(keyCache.bytes!))).toBe(true);
    // Never in IndexedDB: the raw bytes appear in no stored row.
    const hex = Buffer.from(keyCache.bytes!).toString('latin1');
    expect(rawText(await readSnapshot(vault.db))).not.toContain(hex);
    vault.close();

    const restarted = await openStore({ ...FAST, name, keyCache });
    expect(restarted.vault.status().state).toBe('unlocked');
    expect((await restarted.repo.get(c.id)).client.cii).toBe('Z99887761');
    await restarted.vault.lock();
    expect(keyCache.bytes).toBeUndefined();
    restarted.vault.close();

    const afterLock = await openStore({ ...FAST, name, keyCache });
    expect(afterLock.vault.status().state).toBe('locked');
    afterLock.vault.close();
  });

  it('unlockWithSessionKey takes exported bytes and refuses wrong ones; a stale cache entry is cleared', async () => {
    const { vault, name } = await encryptedStore();
    const bytes = vault.exportSessionKey();
    await vault.lock();
    expect(await vault.unlockWithSessionKey(new Uint8Array(32))).toBe(false);
    expect(vault.status().state).toBe('locked');
    expect(await vault.unlockWithSessionKey(bytes)).toBe(true);
    expect(vault.status().state).toBe('unlocked');
    vault.close();

    const stale = memoryKeyCache();
    stale.bytes = new Uint8Array(32).fill(7);
    const s = await openStore({ ...FAST, name, keyCache: stale });
    expect(s.vault.status().state).toBe('locked');
    expect(stale.bytes).toBeUndefined();
    s.vault.close();
  });

  it('a plain store has no passphrase to unlock or change', async () => {
    const { vault } = await freshStore();
    await vault.continueWithoutPassphrase();
    await expect(vault.unlock(PASS)).rejects.toMatchObject({ reason: 'invalid', message: 'No passphrase is set for this store.' });
    await expect(vault.changePassphrase(PASS, 'another passphrase')).rejects.toMatchObject({ reason: 'invalid' });
    vault.close();
  });
});
