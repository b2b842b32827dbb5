import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { sampleBody } from '../../factories/case-factory';

// The fake browser's sendMessage passes an empty sender; real browsers set sender.id, which
// the background checks. So deliver messages the way Chrome does, with our extension's id.
function send(message: unknown, senderId: string = fakeBrowser.runtime.id): Promise<any> {
  return new Promise((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, { id: senderId }, resolve);
    void Promise.resolve(results).then((r) => {
      if (Array.isArray(r) && r.every((x: unknown) => x === false)) resolve('(ignored)');
    });
  });
}

describe('background message protocol', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
    background.main();
  });

  it('creates, lists, gets, saves and deletes cases through messages', async () => {
    const created = (await send({ type: 'cases/create', body: sampleBody() })) as any;
    expect(created.ok).toBe(true);
    const list = (await send({ type: 'cases/list' })) as any;
    expect(list.data.some((s: { id: string }) => s.id === created.data.id)).toBe(true);
    const got = (await send({ type: 'cases/get', id: created.data.id })) as any;
    expect(got.data.client.lastName).toBe('Alvarado Ortiz');
    const saved = (await send({ type: 'cases/save', case: { ...got.data, notes: 'x' } })) as any;
    expect(saved.data.notes).toBe('x');
    const deleted = (await send({ type: 'cases/delete', id: created.data.id })) as any;
    expect(deleted.ok).toBe(true);
    const gone = (await send({ type: 'cases/get', id: created.data.id })) as any;
    expect(gone).toEqual({ ok: false, error: 'That case no longer exists (it may have been deleted).', problems: [] });
  });

  it('validates every message and every case it is asked to write', async () => {
    expect(await send({ type: 'cases/drop-all' })).toEqual({ ok: false, error: 'Unknown or malformed message.' });
    expect(await send({ type: 'cases/get' })).toEqual({ ok: false, error: 'Unknown or malformed message.' });
    const bad = (await send({ type: 'cases/create', body: { client: { dob: 'yesterday' } } })) as any;
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([{ path: 'client.dob', message: 'must be a date written YYYY-MM-DD, or empty' }]);
  });

  it('ignores messages from other extensions', async () => {
    expect(await send({ type: 'cases/list' }, 'some-other-extension')).toBe('(ignored)');
  });

  it('answers ping with the manifest version', async () => {
    expect(await send({ type: 'ping' })).toEqual({ ok: true, data: { ok: true, version: '9.9.9' } });
  });
});
