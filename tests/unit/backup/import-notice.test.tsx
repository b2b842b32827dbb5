/**
 * What open panels hear after a backup or hand-off import (issue 12). Each written case's new
 * revision goes out as a change notice, the same one a save in another panel sends: an editor
 * that has the case open pulls it and merges it with its unsaved typing (never a blind
 * overwrite, never a close), and a case list reloads. Nothing goes out when nothing was written,
 * and a "keep both" copy, which has a new id, never touches the editor of the original.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCaseSync } from '@/components/case/use-case-sync';
import { caseClient, recordsClient } from '@/lib/case-client';
import { handleStoreRequest, type StoreContext } from '@/lib/db/handlers';
import { Transfers } from '@/lib/db/transfers';
import type { PanelBroadcast } from '@/lib/messaging/panel-broadcast';
import { inMemoryClient } from '../../factories/store-client';
import { entry, pdfUrl } from '../db/exhibit-fixtures';
import { secretBody } from '../db/store-fixtures';

const FILE_PASS = 'backup file passphrase 7';

/** A store whose notices are recorded and passed on to subscribed panels. */
async function storeWithPanels() {
  const store = await inMemoryClient();
  const heard: PanelBroadcast[] = [];
  const listeners = new Set<(m: PanelBroadcast) => void>();
  const ctx: StoreContext = {
    ...store.ctx,
    notify: (m) => {
      heard.push(m);
      for (const l of listeners) l(m);
    },
  };
  const send = (m: unknown) => handleStoreRequest(m, ctx);
  const subscribe = (l: (m: PanelBroadcast) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  return { ...store, ctx, heard, send, subscribe, client: caseClient(send as never) };
}

/** A backup made the way the panel asks for one (the handler's own KDF settings). */
async function backupThrough(send: (m: unknown) => Promise<unknown>): Promise<string> {
  const reply = (await send({ type: 'backup/export', passphrase: FILE_PASS })) as { ok: true; data: { text: string } };
  return reply.data.text;
}

/** Lets IndexedDB and the message handler run (setImmediate is not one of the faked timers). */
async function settle(until: () => boolean) {
  for (let i = 0; i < 500 && !until(); i++) await act(() => new Promise<void>((r) => setImmediate(r)));
  expect(until()).toBe(true);
}

afterEach(() => vi.useRealTimers());

describe('an import tells open panels once per written case, with its revision', () => {
  it('replace: the open editor merges the restored case with its unsaved typing and stays open; nothing is said for a report without writing', async () => {
    const { client, send, subscribe, heard } = await storeWithPanels();
    const c = await client.create({ ...secretBody(1), notes: 'as backed up' });
    const text = await backupThrough(send);
    const edited = await client.get(c.id);
    await client.save({ ...edited, notes: 'edited after the backup' }, edited);

    // The autosave timer is held, so the typing below is still unsaved when the import lands.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const closed = vi.fn();
    const { result } = renderHook(() => useCaseSync(client, c.id, subscribe, closed));
    await settle(() => result.current.draft?.notes === 'edited after the backup');
    act(() => result.current.update((d) => ({ ...d, client: { ...d.client, phone: '555-0199' } })));

    heard.length = 0;
    const conflictsOnly = (await send({ type: 'backup/import', text, passphrase: FILE_PASS })) as { ok: true; data: { written: boolean } };
    expect(conflictsOnly.data.written).toBe(false);
    expect(heard).toEqual([]);

    const replaced = (await send({ type: 'backup/import', text, passphrase: FILE_PASS, onConflict: 'replace' })) as { ok: true; data: { revisions: unknown } };
    expect(replaced.data.revisions).toEqual([{ id: c.id, revision: 3 }]);
    expect(heard).toEqual([{ type: 'panel/changed', id: c.id, revision: 3 }]);
    await settle(() => result.current.draft?.notes === 'as backed up');
    expect(result.current.draft?.client.phone).toBe('555-0199');
    expect(result.current.conflict).toBeNull();
    expect(closed).not.toHaveBeenCalled();
  });

  it('keep both: only the new copy is announced; the original\u2019s editor hears nothing', async () => {
    const { client, send, heard } = await storeWithPanels();
    const c = await client.create(secretBody(2));
    const text = await backupThrough(send);
    heard.length = 0;
    const kept = (await send({ type: 'backup/import', text, passphrase: FILE_PASS, onConflict: 'keep-both' })) as { ok: true; data: { keptBoth: Array<{ to: string }> } };
    const copy = kept.data.keptBoth[0]!.to;
    expect(copy).not.toBe(c.id);
    expect(heard).toEqual([{ type: 'panel/changed', id: copy, revision: 1 }]);
  });
});

describe('a backup too long for one message travels in parts', () => {
  it('export hands out a ticket read part by part; import uploads in parts; the same file round-trips', async () => {
    const src = await storeWithPanels();
    const ctx = { ...src.ctx, transfers: new Transfers(64 * 1024) };
    const send = (m: unknown) => handleStoreRequest(m, ctx);
    const sent: string[] = [];
    const records = recordsClient(
      (m) => {
        sent.push((m as { type: string }).type);
        return send(m);
      },
      { partChars: 64 * 1024 },
    );
    const c = await src.client.create({ ...secretBody(3), evidence: [entry('ex1', { file: pdfUrl('PARTS-MARKER', 300_000) })] });

    const { text } = await records.exportBackup(FILE_PASS);
    expect(sent.filter((t) => t === 'transfer/read').length).toBeGreaterThan(3);
    expect(JSON.parse(text)).toMatchObject({ format: 'vacatur-assist/backup', version: 2 });

    const dst = await inMemoryClient();
    const dstCtx = { ...dst.ctx, transfers: new Transfers(64 * 1024) };
    sent.length = 0;
    const into = recordsClient(
      (m) => {
        sent.push((m as { type: string }).type);
        return handleStoreRequest(m, dstCtx);
      },
      { partChars: 64 * 1024 },
    );
    const report = await into.importBackup(text, FILE_PASS);
    expect(report.added).toEqual([c.id]);
    expect(sent.filter((t) => t === 'transfer/write').length).toBeGreaterThan(3);
    expect(sent.at(-1)).toBe('backup/import');
    expect((await dst.repo.get(c.id)).evidence[0]!.fileRef?.size).toBe(300_000);
  });

  it('a ticket is read once, and an upload out of order is refused', () => {
    let t = 0;
    const transfers = new Transfers(4, () => t, () => `t${++t}`);
    const ticket = transfers.offer('abcdefghij');
    expect(ticket).toEqual({ id: 't1', parts: 3, length: 10 });
    expect([0, 1, 2].map((i) => transfers.read('t1', i).text).join('')).toBe('abcdefghij');
    expect(() => transfers.read('t1', 0)).toThrow('That transfer is no longer available. Try again.');
    const { id } = transfers.write(undefined, 0, 'ab');
    expect(() => transfers.write(id, 2, 'cd')).toThrow('That upload is no longer available. Try again.');
  });
});
