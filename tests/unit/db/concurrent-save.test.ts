import { describe, expect, it } from 'vitest';
import { CaseRepository, VacaturDb } from '@/lib/db';
import { sampleBody, testClock } from '../../factories/case-factory';

const freshRepo = () => new CaseRepository(new VacaturDb(`save-${Math.random()}`), testClock());

/** Two panels that loaded the same revision of one case. */
async function twoPanels() {
  const repo = freshRepo();
  const created = await repo.create(sampleBody());
  const loaded = await repo.getWithRevision(created.id);
  return { repo, loaded, a: structuredClone(loaded), b: structuredClone(loaded) };
}

describe('saving from a base revision (two panels on one case)', () => {
  it('a save based on the stored revision is written and moves the revision on', async () => {
    const { repo, loaded, a } = await twoPanels();
    a.notes = 'first';
    expect(await repo.saveFrom(a, loaded)).toMatchObject({ status: 'saved', revision: 2 });
    expect((await repo.get(a.id)).notes).toBe('first');
  });

  it('a stale save changing another field is merged, and the merged case comes back', async () => {
    const { repo, loaded, a, b } = await twoPanels();
    a.client.firstName = 'Dani';
    await repo.saveFrom(a, loaded);
    b.client.phone = '555-0100';
    const outcome = await repo.saveFrom(b, loaded);
    expect(outcome).toMatchObject({ status: 'saved', revision: 3, merged: { client: { firstName: 'Dani', phone: '555-0100' }, revision: 3 } });
    expect((await repo.get(a.id)).client).toMatchObject({ firstName: 'Dani', phone: '555-0100' });
  });

  it('a stale save changing the same field is not written: the conflict comes back with both values', async () => {
    const { repo, loaded, a, b } = await twoPanels();
    a.client.phone = '555-0101';
    await repo.saveFrom(a, loaded);
    b.client.phone = '555-0199';
    const outcome = await repo.saveFrom(b, loaded);
    expect(outcome).toMatchObject({ status: 'conflict', conflicts: [{ path: 'client.phone', mine: '555-0199', theirs: '555-0101' }], theirs: { revision: 2 } });
    expect((await repo.get(a.id)).client.phone).toBe('555-0101');
    expect(await repo.revisionOf(a.id)).toBe(2);
  });

  it('without a base, a stale draft never overwrites', async () => {
    const { repo, loaded, a, b } = await twoPanels();
    a.notes = 'kept';
    await repo.saveFrom(a, loaded);
    b.notes = 'blind';
    expect(await repo.saveFrom(b)).toMatchObject({ status: 'conflict' });
    expect((await repo.get(a.id)).notes).toBe('kept');
  });

  it('a save of a case in the trash is refused as not found', async () => {
    const { repo, loaded, a } = await twoPanels();
    await repo.remove(a.id);
    a.notes = 'late';
    await expect(repo.saveFrom(a, loaded)).rejects.toMatchObject({ reason: 'not-found' });
  });

  it('duplicate entry ids are renumbered at the write, a removed id is retired, and the panel gets the renumbered case', async () => {
    const { repo, loaded, a } = await twoPanels();
    a.events.push({ ...a.events[0]! });
    const outcome = await repo.saveFrom(a, loaded);
    if (outcome.status !== 'saved') throw new Error('expected saved');
    const ids = outcome.merged!.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stored = await repo.getWithRevision(a.id);
    expect(stored.events.map((e) => e.id)).toEqual(ids);

    const removedId = stored.events[1]!.id;
    const without = { ...stored, events: stored.events.filter((e) => e.id !== removedId) };
    await repo.saveFrom(without, stored);
    const after = await repo.getWithRevision(a.id);
    expect(after.retiredEntryIds).toContain(removedId);
    // An import that brings the old id back gets a fresh one.
    const reimport = { ...after, events: [...after.events, { ...stored.events[1]! }] };
    const again = await repo.saveFrom(reimport, after);
    if (again.status !== 'saved') throw new Error('expected saved');
    expect(again.merged!.events.at(-1)!.id).not.toBe(removedId);
  });
});
