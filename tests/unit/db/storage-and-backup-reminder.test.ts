import { describe, expect, it } from 'vitest';
import { backupDue, formatBytes, readStorageState, requestPersistence } from '@/lib/db';
import { handleStoreRequest } from '@/lib/db/handlers';
import { inMemoryClient } from '../../factories/store-client';
import { sampleBody } from '../../factories/case-factory';

describe('persistent storage', () => {
  it('asks only when not yet persisted, and reports usage', async () => {
    const asked: string[] = [];
    const port = { persisted: async () => false, persist: async () => (asked.push('persist'), true), estimate: async () => ({ usage: 1_572_864, quota: 10 * 1024 ** 3 }) };
    expect(await requestPersistence(port)).toBe(true);
    expect(asked).toEqual(['persist']);
    expect(await requestPersistence({ ...port, persisted: async () => true })).toBe(true);
    expect(asked).toHaveLength(1);
    expect(await readStorageState(port)).toEqual({ persisted: false, usageBytes: 1_572_864, quotaBytes: 10 * 1024 ** 3 });
    expect(await readStorageState(undefined)).toEqual({});
    expect(formatBytes(1_572_864)).toBe('1.5 MB');
  });
});

describe('backup reminder', () => {
  it('is due with no backup, or 14 days after the last', () => {
    expect(backupDue(undefined, '2026-12-02T00:00:00.000Z')).toBe(true);
    expect(backupDue('2026-11-19T00:00:01.000Z', '2026-12-02T00:00:00.000Z')).toBe(false);
    expect(backupDue('2026-11-18T00:00:00.000Z', '2026-12-02T00:00:00.000Z')).toBe(true);
  });

  it('backup/export records its time; backup/status reports it with the case count', async () => {
    const { ctx, repo } = await inMemoryClient({ passphrase: 'gravel meadow copper 5' });
    const data = async (m: unknown) => ((await handleStoreRequest(m, ctx)) as { data: unknown }).data;
    await repo.create(sampleBody());
    expect(await data({ type: 'backup/status' })).toMatchObject({ cases: 1, lastBackupAt: undefined });
    const exported = await handleStoreRequest({ type: 'backup/export', passphrase: 'backup passphrase 12345' }, ctx);
    expect(exported.ok).toBe(true);
    const status = (await data({ type: 'backup/status' })) as { lastBackupAt?: string; now: string };
    expect(status.lastBackupAt).toEqual(expect.any(String));
    expect(backupDue(status.lastBackupAt, status.now)).toBe(false);
  });
});
