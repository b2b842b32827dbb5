import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseRepository, VacaturDb } from '@/lib/db';
import { sampleBody } from '../../factories/case-factory';
import { freshStore, PASS } from './store-fixtures';

/** A repository clock the test moves by whole days. */
function dayClock(start = Date.UTC(2026, 11, 2, 9)) {
  let t = start;
  let n = 0;
  return { now: () => new Date(t).toISOString(), newId: () => `c${++n}`, days: (d: number) => void (t += d * 86_400_000) };
}

describe('the trash', () => {
  it('a deleted case leaves the list, is listed in the trash after reopening the database, and restores', async () => {
    const name = `trash-${Math.random()}`;
    const clock = dayClock();
    const first = new CaseRepository(new VacaturDb(name), clock);
    const a = await first.create(sampleBody());
    await first.remove(a.id);
    expect(await first.list()).toEqual([]);
    first.binding.db.close();

    const reopened = new CaseRepository(new VacaturDb(name), clock);
    const trash = await reopened.trash();
    expect(trash).toEqual([expect.objectContaining({ id: a.id, name: 'Alvarado Ortiz, Daniela Inés', deletedAt: clock.now() })]);
    await reopened.restore(a.id);
    expect(await reopened.trash()).toEqual([]);
    expect(await reopened.get(a.id)).toEqual(a);
    reopened.binding.db.close();
    await Dexie.delete(name);
  });

  it('purges after 30 days, not before, and destroys the case key with the row (fake clock)', async () => {
    const clock = dayClock();
    const { repo, vault } = await freshStore({ repoClock: clock });
    await vault.setup(PASS);
    const old = await repo.create(sampleBody());
    const recent = await repo.create(sampleBody());
    await repo.remove(old.id);
    clock.days(10);
    await repo.remove(recent.id);
    clock.days(19);
    expect(await repo.purgeTrash()).toEqual([]); // 29 days: still restorable
    expect(await vault.db.keys.get(old.id)).toBeDefined();
    clock.days(1);
    expect(await repo.purgeTrash()).toEqual([old.id]); // day 30
    expect(await vault.db.cases.get(old.id)).toBeUndefined();
    expect(await vault.db.keys.get(old.id)).toBeUndefined();
    expect((await repo.trash()).map((t) => t.id)).toEqual([recent.id]);
    vault.close();
  });

  it('purging needs no key: it runs while the store is locked', async () => {
    const clock = dayClock();
    const { repo, vault } = await freshStore({ repoClock: clock });
    await vault.setup(PASS);
    const a = await repo.create(sampleBody());
    await repo.remove(a.id);
    await vault.lock();
    clock.days(31);
    expect(await repo.purgeTrash()).toEqual([a.id]);
    expect(await vault.db.keys.count()).toBe(0);
    vault.close();
  });
});
