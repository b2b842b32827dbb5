import { describe, expect, it, vi } from 'vitest';
import { Generations, openStore, readSnapshot, StoreError } from '@/lib/db';
import { databasesOf, FAST, freshStore, PASS, rawText, secretBody, secretsOf } from './store-fixtures';

describe('vault: setup and modes', () => {
  it('a fresh store is setup-needed and refuses cases until the user chooses', async () => {
    const { repo, vault } = await freshStore();
    expect(vault.status()).toMatchObject({ state: 'setup-needed', retryAfterMs: 0 });
    await expect(repo.list()).rejects.toMatchObject({ reason: 'setup-needed' });
    await expect(repo.create(secretBody())).rejects.toMatchObject({ reason: 'setup-needed' });
  });

  it('continuing without a passphrase is recorded: the store stays plain after a restart', async () => {
    const { repo, vault, name } = await freshStore();
    await vault.continueWithoutPassphrase();
    const c = await repo.create(secretBody());
    vault.close();
    const again = await openStore({ ...FAST, name });
    expect(again.vault.status().state).toBe('plain');
    expect((await again.repo.get(c.id)).client.firstName).toBe('Marisol1');
    again.vault.close();
  });

  it('refuses a short passphrase', async () => {
    const { vault } = await freshStore();
    const err = await vault.setup('short').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ reason: 'invalid', message: 'Choose a passphrase of at least 8 characters.' });
  });

  it('setting a passphrase on a plain store encrypts every case and audit entry and deletes the plaintext database', async () => {
    const { repo, vault, name } = await freshStore();
    await vault.continueWithoutPassphrase();
    const cases = [await repo.create(secretBody(1)), await repo.create(secretBody(2)), await repo.create(secretBody(3))];
    await repo.appendAudit(cases[0]!.id, { action: 'import', detail: 'RAP sheet of Marisol1 Quintaval1' });
    await vault.db.settings.put({ key: 'lockMinutes', value: 15 });
    expect(rawText(await readSnapshot(vault.db))).toContain('Quintaval1');
    expect(await databasesOf(name)).toEqual([name, `${name}-meta`]);

    await vault.setup(PASS);

    expect(vault.status().state).toBe('unlocked');
    expect(vault.db.name).toBe(`${name}-g2`);
    // The old database is gone, not just emptied.
    expect(await databasesOf(name)).toEqual([`${name}-g2`, `${name}-meta`]);
    const raw = await readSnapshot(vault.db);
    const text = rawText(raw);
    for (const n of [1, 2, 3]) for (const secret of secretsOf(n)) expect(text).not.toContain(secret);
    expect(text).not.toContain('RAP sheet of');
    expect(raw.cases.every((r) => r.payload.kind === 'sealed' && r.payload.v === 1 && r.payload.iv.length === 12)).toBe(true);
    expect(raw.keys.map((k) => k.caseId).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(raw.settings.find((s) => s.key === 'lockMinutes')?.value).toBe(15);
    // Ids, timestamps and revision counters are all that stay in the clear.
    expect(raw.cases.map((r) => Object.keys(r).sort())).toEqual(cases.map(() => ['id', 'payload', 'revision', 'updatedAt']));

    for (const c of cases) expect(await repo.get(c.id)).toEqual(c);
    expect(await repo.auditLog(cases[0]!.id)).toEqual([
      { at: expect.any(String), action: 'import', detail: 'RAP sheet of Marisol1 Quintaval1' },
    ]);
    vault.close();
  });

  it('setting a passphrase from setup-needed migrates a version-1 store that already had plaintext cases', async () => {
    const name = `legacy-${Math.random()}`;
    const { VacaturDb, SCHEMA_VERSIONS } = await import('@/lib/db');
    const v1 = new VacaturDb(name, SCHEMA_VERSIONS.filter((v) => v.version === 1));
    const body = { ...secretBody(4), id: 'old-1', createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z' };
    await v1.cases.put({ id: 'old-1', updatedAt: body.updatedAt, payload: { kind: 'plain', case: body as never } });
    v1.close();

    const { repo, vault } = await openStore({ ...FAST, name });
    expect(vault.status().state).toBe('setup-needed');
    await vault.setup(PASS);
    expect((await repo.get('old-1')).client.lastName).toBe('Quintaval4');
    expect(rawText(await readSnapshot(vault.db))).not.toContain('Quintaval4');
    expect(await databasesOf(name)).toEqual([`${name}-g2`, `${name}-meta`]);
    vault.close();
  });

  it('a crash before the pointer switch loses nothing: the plaintext store stays active and the half-made copy is removed', async () => {
    const { repo, vault, name } = await freshStore();
    await vault.continueWithoutPassphrase();
    const c = await repo.create(secretBody());
    vi.spyOn(Generations.prototype, 'switchTo').mockRejectedValueOnce(new Error('power cut'));
    await expect(vault.setup(PASS)).rejects.toThrow('power cut');
    expect(vault.status()).toMatchObject({ state: 'plain', busy: false });
    expect(await repo.get(c.id)).toEqual(c);
    expect(await databasesOf(name)).toEqual([name, `${name}-meta`]);
    vault.close();
    const again = await openStore({ ...FAST, name });
    expect(again.vault.status().state).toBe('plain');
    expect(await again.repo.get(c.id)).toEqual(c);
    again.vault.close();
  });

  it('a crash after the switch but before the delete is finished on the next start', async () => {
    const { repo, vault, name } = await freshStore();
    await vault.continueWithoutPassphrase();
    const c = await repo.create(secretBody());
    // The first sweep (inside setup) "does not happen": the process died.
    vi.spyOn(Generations.prototype, 'sweepRetired').mockResolvedValueOnce(undefined);
    await vault.setup(PASS);
    expect(await databasesOf(name)).toEqual([name, `${name}-g2`, `${name}-meta`]);
    vault.close();

    const again = await openStore({ ...FAST, name });
    expect(await databasesOf(name)).toEqual([`${name}-g2`, `${name}-meta`]);
    expect(again.vault.status().state).toBe('locked');
    await again.vault.unlock(PASS);
    expect(await again.repo.get(c.id)).toEqual(c);
    again.vault.close();
  });

  it('uses 600,000 PBKDF2 iterations by default, and refuses a weaker stored KDF without the test option', async () => {
    const name = `strong-${Math.random()}`;
    const prod = await openStore({ name });
    await prod.vault.setup(PASS);
    const kdf = (await prod.vault.db.settings.get('vault.kdf'))?.value as { iterations: number; salt: Uint8Array };
    expect(kdf.iterations).toBe(600_000);
    expect(kdf.salt.length).toBeGreaterThanOrEqual(16);
    await prod.vault.lock();
    const t = performance.now();
    await prod.vault.unlock(PASS);
    expect(performance.now() - t).toBeLessThan(1500);
    prod.vault.close();

    const weak = await freshStore();
    await weak.vault.setup(PASS);
    weak.vault.close();
    const strict = await openStore({ name: weak.name });
    const err = await strict.vault.unlock(PASS).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'damaged' });
    expect((err as Error).message).toMatch(/of 1000 iterations \(at least 600,000 are required\)/);
    strict.vault.close();
  });
});
