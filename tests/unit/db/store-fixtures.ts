import Dexie from 'dexie';
import { openStore, readSnapshot, type OpenStoreOptions, type SessionKeyCache, type StoreSnapshot } from '@/lib/db';
import { sampleBody, testClock } from '../../factories/case-factory';

/** Fast KDF for tests; one test proves the 600,000 default separately. */
export const FAST = { testOnlyIterations: 1000 } as const;
export const PASS = 'harbor lantern quiet 42';

export const uniqueName = () => `vault-${Math.random().toString(36).slice(2)}`;

/** A fake clock in epoch ms that tests move by hand. */
export function manualClock(start = Date.UTC(2026, 11, 2, 9)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A session cache in memory, standing in for storage.session. */
export function memoryKeyCache(): SessionKeyCache & { bytes?: Uint8Array } {
  const cache: SessionKeyCache & { bytes?: Uint8Array } = {
    get: async () => cache.bytes,
    set: async (b) => void (cache.bytes = b),
    clear: async () => void (cache.bytes = undefined),
  };
  return cache;
}

export async function freshStore(options: OpenStoreOptions = {}) {
  const name = options.name ?? uniqueName();
  const store = await openStore({ ...FAST, repoClock: testClock(), ...options, name });
  return { ...store, name };
}

/** An invented client, with values distinctive enough to search raw bytes for. */
export function secretBody(n = 1) {
  const body = sampleBody();
  body.client.firstName = `Marisol${n}`;
  body.client.lastName = `Quintaval${n}`;
  body.client.dob = `1991-0${n}-2${n}`;
  body.client.cii = `Z9988776${n}`;
  body.trafficking.narrative = `Invented narrative number ${n}: a fictional account used only in tests.`;
  return body;
}

export const secretsOf = (n: number) => [`Marisol${n}`, `Quintaval${n}`, `1991-0${n}-2${n}`, `Z9988776${n}`, `Invented narrative number ${n}`];

/**
 * Every row of a snapshot as one searchable text: strings as they are, byte arrays decoded both
 * as UTF-8 and as Latin-1, so a plaintext name hidden in a Uint8Array is found too.
 */
export function rawText(s: StoreSnapshot): string {
  return JSON.stringify(s, (_k, v) =>
    v instanceof Uint8Array ? `${new TextDecoder().decode(v)}|${Buffer.from(v).toString('latin1')}` : v,
  );
}

/** Names of every IndexedDB database that belongs to a store. */
export async function databasesOf(name: string): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name!).filter((n) => n === name || n.startsWith(`${name}-`)).sort();
}

/** Reads a database by name without the app's classes, the way someone with the disk would. */
export async function rawSnapshot(dbName: string): Promise<StoreSnapshot> {
  const { VacaturDb } = await import('@/lib/db');
  const db = new VacaturDb(dbName);
  try {
    return await readSnapshot(db);
  } finally {
    db.close();
  }
}

export { Dexie };
