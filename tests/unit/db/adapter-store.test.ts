import { describe, expect, it } from 'vitest';
import { AdapterStore } from '@/lib/db/adapter-store';
import { PACK_FORMAT as ADAPTER_PACK_FORMAT } from '@/lib/portals/pack';
import { freshStore } from './store-fixtures';

const taught = {
  id: 'user-court-example-org',
  name: 'Taught: court.example.org',
  matches: ['https://court.example.org/*'],
  steps: [{ id: 'main', fields: [{ selectors: ['#defLast'], source: 'client.lastName' }] }],
};

describe('AdapterStore (teach mode and packs)', () => {
  it('saves, lists, replaces and deletes a user adapter, validated by the portal schema', async () => {
    const { repo } = await freshStore();
    const store = new AdapterStore(repo.binding);
    await store.save(taught);
    await store.save({ ...taught, name: 'Renamed' });
    expect((await store.list()).map((a) => a.name)).toEqual(['Renamed']);
    await expect(store.save({ ...taught, matches: ['not a url'] })).rejects.toMatchObject({ reason: 'invalid', problems: [{ path: 'matches[0]' }] });
    await store.remove(taught.id);
    expect(await store.list()).toEqual([]);
  });

  it('imports a pack whole or not at all; a bad pack names the adapter and field, and changes nothing', async () => {
    const { repo } = await freshStore();
    const store = new AdapterStore(repo.binding);
    const second = { ...taught, id: 'user-doj-example-org', matches: ['https://doj.example.org/*'] };
    const bad = { ...second, steps: [{ id: 'x', fields: [{ selectors: ['#a'], source: 'client.ssn.number.x' }] }] };
    await expect(store.importPack({ format: ADAPTER_PACK_FORMAT, version: 1, adapters: [taught, bad] })).rejects.toThrow(
      /not imported: adapters\[1\]\.steps\[0\]\.fields\[0\]\.source: .*Nothing was changed/,
    );
    expect(await store.list()).toEqual([]);
    await expect(store.importPack({ adapters: [taught] })).rejects.toThrow(/not an adapter pack/);
    await expect(store.importPack({ format: ADAPTER_PACK_FORMAT, version: 1, adapters: [{ ...taught, name: 'Taught for dana@example.org' }] })).rejects.toThrow(/looks like case data/);
    await store.importPack({ format: ADAPTER_PACK_FORMAT, version: 1, adapters: [taught, second] });
    const pack = await store.exportPack();
    expect(pack.adapters.map((a) => a.id).sort()).toEqual([second.id, taught.id].sort());
    expect(JSON.stringify(pack)).not.toMatch(/Alvarado|Daniela/);
  });
});
