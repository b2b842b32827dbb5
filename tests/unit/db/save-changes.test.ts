import { describe, expect, it } from 'vitest';
import { changedParts } from '@/lib/case-client';
import { handleStoreRequest } from '@/lib/db/handlers';
import { sampleBody } from '../../factories/case-factory';
import { recordingClients } from '../../factories/store-client';
import { entry, pdfUrl } from './exhibit-fixtures';

describe('saving sends only what changed', () => {
  it('the panel\u2019s save is a cases/patch with the changed top-level parts only, never exhibit bytes', async () => {
    const { client, files, sent, repo } = await recordingClients('a long passphrase here 1');
    const created = await client.create({ ...sampleBody(), evidence: [entry('ex1')] });
    const ref = await files.put(created.id, { name: 'notice.pdf', type: 'application/pdf', data: pdfUrl('bytes-stay-out', 100_000) });
    const base = await client.get(created.id);
    const draft = { ...base, evidence: base.evidence.map((e) => ({ ...e, fileRef: ref })) };
    sent.length = 0;
    const out = await client.save(draft, base);
    expect(out).toEqual({ status: 'saved', id: created.id, updatedAt: expect.any(String), revision: base.revision! + 1 });
    expect(sent).toEqual([{ type: 'cases/patch', id: created.id, baseRevision: base.revision, set: { evidence: draft.evidence }, unset: [] }]);
    expect(JSON.stringify(sent).length).toBeLessThan(2_000);

    const again = { ...draft, revision: out.status === 'saved' ? out.revision : 0 };
    sent.length = 0;
    await client.save({ ...again, client: { ...again.client, phone: '555-0142' } }, again);
    expect(sent.map((m) => (m.type === 'cases/patch' ? Object.keys(m.set) : m.type))).toEqual([['client']]);
    expect(await repo.get(created.id)).toMatchObject({ client: { phone: '555-0142' }, evidence: [{ fileRef: ref }] });
  });

  it('when the case moved on, the patch answers rebase and the draft goes with its base for the merge', async () => {
    const { client, sent } = await recordingClients();
    const created = await client.create(sampleBody());
    const base = await client.get(created.id);
    // Another panel saves first.
    await client.save({ ...base, notes: 'from the other panel' }, base);
    sent.length = 0;
    const out = await client.save({ ...base, client: { ...base.client, phone: '555-0101' } }, base);
    expect(sent.map((m) => m.type)).toEqual(['cases/patch', 'cases/save']);
    expect(out).toMatchObject({ status: 'saved', merged: { notes: 'from the other panel', client: { phone: '555-0101' } } });
  });

  it('cases/patch refuses the store\u2019s identity and stamps', async () => {
    const { ctx, client } = await recordingClients();
    const c = await client.get((await client.create(sampleBody())).id);
    const reply = await handleStoreRequest({ type: 'cases/patch', id: c.id, baseRevision: c.revision!, set: { id: 'other', updatedAt: 'x' } }, ctx);
    expect(reply).toMatchObject({ ok: false, reason: 'invalid', error: 'These fields cannot be changed by a save: id, updatedAt.' });
  });

  it('changedParts lists set and removed top-level fields and ignores the stamps', () => {
    const base = { id: 'c1', createdAt: 'a', updatedAt: 'a', revision: 2, notes: 'n', retiredEntryIds: ['e1'], client: { firstName: 'A' } } as never;
    const draft = { id: 'c1', createdAt: 'a', updatedAt: 'b', revision: 3, notes: 'n', client: { firstName: 'B' } } as never;
    expect(changedParts(base, draft)).toEqual({ set: { client: { firstName: 'B' } }, unset: ['retiredEntryIds'] });
  });
});
