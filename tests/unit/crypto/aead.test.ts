import { describe, expect, it } from 'vitest';
import { importAesKey, open, OpenFailed, openJson, randomBytes, seal, sealJson, utf8 } from '@/lib/crypto';

const key = () => importAesKey(randomBytes(32));

describe('AES-GCM seal/open', () => {
  it('round-trips, with a fresh 96-bit IV per seal', async () => {
    const k = await key();
    const a = await seal(k, utf8('Quinn Example'), 'case:c1');
    const b = await seal(k, utf8('Quinn Example'), 'case:c1');
    expect(a.iv).toHaveLength(12);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
    expect(new TextDecoder().decode(await open(k, a, 'case:c1'))).toBe('Quinn Example');
  });

  it('refuses the wrong key, a flipped byte, and a box moved to another record', async () => {
    const k = await key();
    const box = await sealJson(k, { name: 'Quinn Example' }, 'case:c1');
    await expect(openJson(await key(), box, 'case:c1')).rejects.toBeInstanceOf(OpenFailed);
    const flipped = { iv: box.iv, data: box.data.slice() };
    flipped.data[3] = flipped.data[3]! ^ 1;
    await expect(openJson(k, flipped, 'case:c1')).rejects.toBeInstanceOf(OpenFailed);
    await expect(openJson(k, box, 'case:c2')).rejects.toBeInstanceOf(OpenFailed);
    expect(await openJson(k, box, 'case:c1')).toEqual({ name: 'Quinn Example' });
  });

  it('imports keys that script code cannot export', async () => {
    const k = await key();
    expect(k.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', k)).rejects.toThrow();
  });
});
