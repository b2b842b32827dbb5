import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleBody } from '../../factories/case-factory';
import { contentScript, send, sidePanel, startBackground } from '../../factories/background-harness';

describe('background message protocol', () => {
  beforeEach(startBackground);

  it('creates, lists, gets, saves and deletes cases through messages', async () => {
    expect((await send({ type: 'cases/list' })).reason).toBe('setup-needed');
    expect((await send({ type: 'vault/continue-plain' })).data.state).toBe('plain');
    const created = (await send({ type: 'cases/create', body: sampleBody() })) as any;
    expect(created.ok).toBe(true);
    const list = (await send({ type: 'cases/list' })) as any;
    expect(list.data.some((s: { id: string }) => s.id === created.data.id)).toBe(true);
    const got = (await send({ type: 'cases/get', id: created.data.id })) as any;
    expect(got.data.client.lastName).toBe('Alvarado Ortiz');
    const saved = (await send({ type: 'cases/save', case: { ...got.data, notes: 'x' } })) as any;
    expect(saved.data).toEqual({ status: 'saved', id: created.data.id, updatedAt: expect.any(String), revision: 2 });
    expect((await send({ type: 'cases/get', id: created.data.id })).data.notes).toBe('x');
    const deleted = (await send({ type: 'cases/delete', id: created.data.id })) as any;
    expect(deleted.ok).toBe(true);
    const gone = (await send({ type: 'cases/get', id: created.data.id })) as any;
    expect(gone).toEqual({ ok: false, error: 'That case no longer exists (it may have been deleted).', problems: [], reason: 'not-found' });
  });

  it('broadcasts panel/changed after a save or restore and panel/deleted after a delete, to every panel', async () => {
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await send({ type: 'vault/continue-plain' });
    const created = (await send({ type: 'cases/create', body: sampleBody() })).data;
    const saved = await send({ type: 'cases/save', case: { ...created, notes: 'n' }, base: created });
    expect(saved.data).toMatchObject({ status: 'saved', revision: 2 });
    await send({ type: 'cases/delete', id: created.id });
    await send({ type: 'cases/restore', id: created.id });
    expect(told.mock.calls.map(([m]) => m)).toEqual([
      { type: 'panel/changed', id: created.id, revision: 1 },
      { type: 'panel/changed', id: created.id, revision: 2 },
      { type: 'panel/deleted', id: created.id },
      { type: 'panel/changed', id: created.id, revision: 4 },
    ]);
    expect((await send({ type: 'cases/trash' })).data).toEqual([]);
  });

  it('sets a passphrase, locks, refuses a wrong one, and unlocks with the right one (the real 600,000-iteration KDF)', async () => {
    const set = await send({ type: 'vault/setup', passphrase: 'orchard pebble violet 7' });
    expect(set.data).toMatchObject({ state: 'unlocked', autoLockMinutes: 15 });
    expect((await send({ type: 'cases/create', body: sampleBody() })).ok).toBe(true);
    // The unlocked key is kept in storage.session only.
    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('vault.sessionKey');
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toMatch(/sessionKey/);
    expect((await send({ type: 'vault/lock' })).data.state).toBe('locked');
    expect(await fakeBrowser.storage.session.get('vault.sessionKey')).toEqual({});
    expect((await send({ type: 'cases/list' })).reason).toBe('locked');
    const wrong = await send({ type: 'vault/unlock', passphrase: 'orchard pebble violet 8' });
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-passphrase', error: 'That passphrase is not right.' });
    expect((await send({ type: 'vault/unlock', passphrase: 'orchard pebble violet 7' })).data.state).toBe('unlocked');
    const list = await send({ type: 'cases/list' });
    expect(list.data.map((c: { name: string }) => c.name)).toEqual(['Alvarado Ortiz, Daniela Inés']);
  });

  it('validates every message and every case it is asked to write', async () => {
    expect(await send({ type: 'cases/drop-all' })).toEqual({ ok: false, error: 'Unknown or malformed message.' });
    expect(await send({ type: 'cases/get' })).toEqual({ ok: false, error: 'Unknown or malformed message.' });
    const bad = (await send({ type: 'cases/create', body: { client: { dob: 'yesterday' } } })) as any;
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([{ path: 'client.dob', message: 'must be a date written YYYY-MM-DD, or empty' }]);
  });

  it('ignores messages from other extensions', async () => {
    expect(await send({ type: 'cases/list' }, { ...sidePanel(), id: 'some-other-extension' })).toBe('(ignored)');
  });

  it('refuses every store request from a content script, though it shares our extension id', async () => {
    await send({ type: 'vault/continue-plain' });
    await send({ type: 'cases/create', body: sampleBody() });
    const refused = { ok: false, error: "Refused: a portal page's script may not use the case store." };
    for (const m of [
      { type: 'ping' },
      { type: 'cases/list' },
      { type: 'cases/get', id: 'x' },
      { type: 'cases/create', body: sampleBody() },
      { type: 'cases/save', case: {} },
      { type: 'cases/delete', id: 'x' },
      { type: 'cases/restore', case: {} },
    ]) {
      expect(await send(m, contentScript()), m.type).toEqual(refused);
    }
    // Our own page framed inside a web page's tab is not trusted either.
    const framed = { ...sidePanel(), tab: { id: 9, url: 'https://portal.example/' } };
    expect(await send({ type: 'cases/list' }, framed)).toBe('(ignored)');
  });

  it("accepts a content script's report only about its own page", async () => {
    const own = { type: 'content/snapshot', url: contentScript().url, fields: [{ selector: '#last', tag: 'input', type: 'text', label: 'Last name' }] };
    expect(await send(own, contentScript())).toEqual({ ok: true, data: { received: true } });
    expect((await send({ ...own, url: 'https://elsewhere.example/' }, contentScript())).ok).toBe(false);
    // A page report is not a store request: the panel cannot post one on a page's behalf.
    expect(await send(own)).toEqual({ ok: false, error: 'Unknown or malformed message.' });
  });

  it('answers ping with the manifest version', async () => {
    expect(await send({ type: 'ping' })).toEqual({ ok: true, data: { ok: true, version: '9.9.9' } });
  });
});
