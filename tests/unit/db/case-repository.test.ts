import { describe, expect, it } from 'vitest';
import { CaseRepository, StoreError, VacaturDb } from '@/lib/db';
import { manyBodies, sampleBody, testClock } from '../../factories/case-factory';

const freshRepo = () => new CaseRepository(new VacaturDb(`test-${Math.random()}`), testClock());

describe('CaseRepository', () => {
  it('creates, lists newest first, and reads back a case', async () => {
    const repo = freshRepo();
    const a = await repo.create(sampleBody());
    const b = await repo.create(manyBodies(1)[0]);
    const list = await repo.list();
    expect(list.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(list[1]).toMatchObject({ name: 'Alvarado Ortiz, Daniela Inés', events: 9, counties: ['Los Angeles', 'Orange'] });
    expect((await repo.get(a.id)).client.cii).toBe('A09876543');
  });

  it('stamps updatedAt on save so the edited case sorts first', async () => {
    const repo = freshRepo();
    const a = await repo.create(sampleBody());
    await repo.create(manyBodies(1)[0]);
    const saved = await repo.save({ ...a, notes: 'called client' });
    expect(saved.updatedAt > a.updatedAt).toBe(true);
    expect((await repo.list())[0]!.id).toBe(a.id);
  });

  it('refuses an invalid case with JSON paths and writes nothing', async () => {
    const repo = freshRepo();
    const a = await repo.create(sampleBody());
    const bad = { ...a, events: [{ ...a.events[0], date: '2013-13-01' }] };
    const err = await repo.save(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).problems).toEqual([{ path: 'events[0].date', message: 'must be a date written YYYY-MM-DD, or empty' }]);
    expect((await repo.get(a.id)).events).toHaveLength(9);
  });

  it('deletes to the trash and restores exactly (undo)', async () => {
    const repo = freshRepo();
    const a = await repo.create(sampleBody());
    const removed = await repo.remove(a.id);
    expect(removed).toEqual(a);
    expect(await repo.count()).toBe(0);
    await expect(repo.get(a.id)).rejects.toMatchObject({ reason: 'not-found' });
    await repo.restore(a.id);
    expect(await repo.get(a.id)).toEqual(a);
    expect(await repo.revisionOf(a.id)).toBe(3); // created 1, trashed 2, restored 3
  });

  it('persists across two database connections with the same name', async () => {
    const name = `test-${Math.random()}`;
    const first = new CaseRepository(new VacaturDb(name), testClock());
    const a = await first.create(sampleBody());
    const second = new CaseRepository(new VacaturDb(name), testClock());
    expect((await second.get(a.id)).client.firstName).toBe('Daniela');
  });

  it('reports a full disk with a message the user can act on', async () => {
    const db = new VacaturDb(`test-${Math.random()}`);
    const repo = new CaseRepository(db, testClock());
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.cases.put = () => Promise.reject(quota) as never;
    const err = await repo.create(sampleBody()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'disk-full' });
    expect((err as Error).message).toMatch(/disk is full/);
  });
});
