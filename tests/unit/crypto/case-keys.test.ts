import { describe, expect, it } from 'vitest';
import { checkVerifier, importAesKey, makeVerifier, newCaseKey, openJson, OpenFailed, randomBytes, rewrapCaseKey, sealJson, unwrapCaseKey } from '@/lib/crypto';

describe('per-case keys and the verifier', () => {
  it('a wrapped case key opens under its wrapping key and case id only', async () => {
    const kek = await importAesKey(randomBytes(32));
    const { key, wrapped } = await newCaseKey(kek, 'c1');
    expect(key.extractable).toBe(false);
    const box = await sealJson(key, { cii: 'A00000001' }, 'case:c1');
    const again = await unwrapCaseKey(kek, 'c1', wrapped);
    expect(await openJson(again, box, 'case:c1')).toEqual({ cii: 'A00000001' });
    await expect(unwrapCaseKey(kek, 'c2', wrapped)).rejects.toBeInstanceOf(OpenFailed);
    await expect(unwrapCaseKey(await importAesKey(randomBytes(32)), 'c1', wrapped)).rejects.toBeInstanceOf(OpenFailed);
  });

  it('re-wrapping keeps the data key: old ciphertext opens under the new wrapping', async () => {
    const oldKek = await importAesKey(randomBytes(32));
    const newKek = await importAesKey(randomBytes(32));
    const { key, wrapped } = await newCaseKey(oldKek, 'c1');
    const box = await sealJson(key, 'narrative', 'case:c1');
    const rewrapped = await rewrapCaseKey(oldKek, newKek, 'c1', wrapped);
    expect(await openJson(await unwrapCaseKey(newKek, 'c1', rewrapped), box, 'case:c1')).toBe('narrative');
    await expect(unwrapCaseKey(oldKek, 'c1', rewrapped)).rejects.toBeInstanceOf(OpenFailed);
  });

  it('the verifier tells the right key from a wrong one', async () => {
    const k = await importAesKey(randomBytes(32));
    const v = await makeVerifier(k);
    expect(await checkVerifier(k, v)).toBe(true);
    expect(await checkVerifier(await importAesKey(randomBytes(32)), v)).toBe(false);
  });
});
