import { describe, expect, it } from 'vitest';
import { deriveKeyBytes, newKdfParams, PBKDF2_ITERATIONS, WeakKdf } from '@/lib/crypto';

describe('PBKDF2 key derivation', () => {
  it('defaults to 600,000 iterations and a 16-byte random salt', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(a).toMatchObject({ alg: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(a.salt).toHaveLength(16);
    expect(Buffer.from(a.salt).equals(Buffer.from(b.salt))).toBe(false);
  });

  it('refuses fewer than 600,000 iterations unless the test-only option is given', async () => {
    const weak = { alg: 'PBKDF2-SHA-256' as const, iterations: 1000, salt: newKdfParams().salt };
    await expect(deriveKeyBytes('pass phrase', weak)).rejects.toBeInstanceOf(WeakKdf);
    expect(() => newKdfParams({ testOnlyIterations: 1000 })).not.toThrow();
    expect(await deriveKeyBytes('pass phrase', weak, { testOnlyIterations: 1000 })).toHaveLength(32);
  });

  it('refuses an absurd iteration count from a damaged file', async () => {
    const huge = { alg: 'PBKDF2-SHA-256' as const, iterations: 1e12, salt: newKdfParams().salt };
    await expect(deriveKeyBytes('x', huge)).rejects.toBeInstanceOf(WeakKdf);
  });

  it('is deterministic for the same passphrase and salt, different for another salt or passphrase', async () => {
    const p = newKdfParams({ testOnlyIterations: 2000 });
    const opt = { testOnlyIterations: 2000 };
    const a = await deriveKeyBytes('river stone lantern', p, opt);
    expect(Buffer.from(await deriveKeyBytes('river stone lantern', p, opt)).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(await deriveKeyBytes('river stone lanterN', p, opt)).equals(Buffer.from(a))).toBe(false);
    const q = { ...p, salt: newKdfParams().salt };
    expect(Buffer.from(await deriveKeyBytes('river stone lantern', q, opt)).equals(Buffer.from(a))).toBe(false);
  });

  it('derives with the real production default (600,000 iterations) in well under 1.5 s', async () => {
    const t = performance.now();
    const raw = await deriveKeyBytes('river stone lantern', newKdfParams());
    const ms = performance.now() - t;
    expect(raw).toHaveLength(32);
    expect(ms).toBeLessThan(1500);
  });
});
