import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { SCHEMA_VERSIONS, VacaturDb, type SchemaVersion } from '@/lib/db';

// The schema history is data; this test proves that a named migration appended to it runs
// over the data of the previous version, which is how every future version will be added.
it('upgrades a version-1 database with data through a named migration', async () => {
  const name = `migrate-${Math.random()}`;
  const v1 = new VacaturDb(name);
  await v1.cases.put({
    id: 'c1',
    updatedAt: '2026-01-01T00:00:00.000Z',
    payload: { kind: 'plain', case: { id: 'c1' } as never },
  });
  v1.close();

  const ran: string[] = [];
  const v2: SchemaVersion = {
    version: 2,
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
  const upgraded = new VacaturDb(name, [...SCHEMA_VERSIONS, v2]);
  const row = (await upgraded.table('cases').where('createdDay').equals('2026-01-01').first()) as { id: string };
  expect(ran).toEqual(['index-cases-by-created-day']);
  expect(row.id).toBe('c1');
  expect(upgraded.verno).toBe(2);
  upgraded.close();
  await Dexie.delete(name);
});

it('the released history starts at version 1 and only grows', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);
  expect(versions[0]).toBe(1);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(SCHEMA_VERSIONS.every((v) => !v.migration || v.migration.name.length > 0)).toBe(true);
});
