import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { SCHEMA_VERSIONS, VacaturDb, type SchemaVersion } from '@/lib/db';

const upTo = (n: number) => SCHEMA_VERSIONS.filter((v) => v.version <= n);
const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

// The schema history is data; this test proves that a named migration appended to it runs
// over the data of the previous version, which is how every future version will be added.
it('upgrades the current database with data through a named migration appended to the history', async () => {
  const name = `migrate-${Math.random()}`;
  const current = new VacaturDb(name);
  await current.cases.put({
    id: 'c1',
    updatedAt: '2026-01-01T00:00:00.000Z',
    payload: { kind: 'plain', v: 1, case: { id: 'c1' } as never },
  });
  current.close();

  const ran: string[] = [];
  const next: SchemaVersion = {
    version: latest + 1,
    stores: { cases: 'id, updatedAt, createdDay' },
    migration: {
      name: 'index-cases-by-created-day',
      async upgrade(tx) {
        ran.push('index-cases-by-created-day');
        await tx.table('cases').toCollection().modify((row: { updatedAt: string; createdDay?: string }) => {
          row.createdDay = row.updatedAt.slice(0, 10);
        });
      },
    },
  };
  const upgraded = new VacaturDb(name, [...SCHEMA_VERSIONS, next]);
  const row = (await upgraded.table('cases').where('createdDay').equals('2026-01-01').first()) as { id: string };
  expect(ran).toEqual(['index-cases-by-created-day']);
  expect(row.id).toBe('c1');
  expect(upgraded.verno).toBe(latest + 1);
  upgraded.close();
  await Dexie.delete(name);
});

it('version 2 (stamp-payload-format-v1) keeps every version-1 case, stamps v: 1, and adds the keys and audit tables', async () => {
  const name = `migrate-${Math.random()}`;
  const v1 = new VacaturDb(name, upTo(1));
  const body = { id: 'c1', client: { firstName: 'Robin', lastName: 'Example' } };
  await v1.cases.bulkPut([
    { id: 'c1', updatedAt: '2026-01-01T00:00:00.000Z', payload: { kind: 'plain', case: body as never } },
    { id: 'c2', updatedAt: '2026-01-02T00:00:00.000Z', payload: { kind: 'plain', case: { ...body, id: 'c2' } as never } },
  ]);
  v1.close();

  expect(SCHEMA_VERSIONS.find((v) => v.version === 2)?.migration?.name).toBe('stamp-payload-format-v1');
  const v2 = new VacaturDb(name, upTo(2));
  const rows = await v2.cases.toArray();
  expect(rows.map((r) => r.id)).toEqual(['c1', 'c2']);
  expect(rows.map((r) => r.payload)).toEqual([
    { kind: 'plain', v: 1, case: body },
    { kind: 'plain', v: 1, case: { ...body, id: 'c2' } },
  ]);
  expect(await v2.keys.count()).toBe(0);
  await v2.audit.add({ caseId: 'c1', payload: { kind: 'plain', v: 1, entry: {} } });
  expect(await v2.audit.where('caseId').equals('c1').count()).toBe(1);
  v2.close();
  await Dexie.delete(name);
});

it('version 3 (number-case-revisions) sets revision 1 on every existing case; version 4 indexes the trash', async () => {
  const name = `migrate-${Math.random()}`;
  const v2 = new VacaturDb(name, upTo(2));
  const body = { id: 'c1', client: { firstName: 'Robin' } };
  await v2.cases.bulkPut([
    { id: 'c1', updatedAt: '2026-01-01T00:00:00.000Z', payload: { kind: 'plain', v: 1, case: body as never } },
    { id: 'c2', updatedAt: '2026-01-02T00:00:00.000Z', payload: { kind: 'plain', v: 1, case: { ...body, id: 'c2' } as never } },
  ]);
  v2.close();

  expect(SCHEMA_VERSIONS.find((v) => v.version === 3)?.migration?.name).toBe('number-case-revisions');
  const v4 = new VacaturDb(name, upTo(4));
  const rows = await v4.cases.toArray();
  expect(rows.map((r) => [r.id, r.revision])).toEqual([['c1', 1], ['c2', 1]]);
  expect(rows[0]!.payload).toEqual({ kind: 'plain', v: 1, case: body });
  expect(await v4.cases.where('deletedAt').above('').count()).toBe(0);
  v4.close();
  await Dexie.delete(name);
});

it('the released history starts at version 1 and only grows', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);
  expect(versions[0]).toBe(1);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(SCHEMA_VERSIONS.every((v) => !v.migration || v.migration.name.length > 0)).toBe(true);
});
