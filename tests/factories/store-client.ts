import { caseClient, exhibitsClient } from '@/lib/case-client';
import type { Request } from '@/lib/messages';
import { openStore, type Store } from '@/lib/db';
import { handleStoreRequest, type IdleLock } from '@/lib/db/handlers';
import { AdapterStore } from '@/lib/db/adapter-store';
import { testClock } from './case-factory';

/** An idle lock that never fires (component tests do not wait 15 minutes). */
export const idleForTests = (): IdleLock & { touches: number } => {
  const idle = { minutes: 15, touches: 0, setMinutes: async (m: number) => void (idle.minutes = m), touch: async () => void idle.touches++ };
  return idle;
};

/**
 * A CaseClient over a real store on fake-indexeddb, through the real message handler. The
 * store is plaintext (the user chose to continue without a passphrase) unless `passphrase` is
 * given; the KDF is weakened by the explicit test-only option.
 */
export async function inMemoryClient(options: { passphrase?: string } = {}) {
  const store: Store = await openStore({ name: `ui-${Math.random()}`, repoClock: testClock(), testOnlyIterations: 1000 });
  if (options.passphrase) await store.vault.setup(options.passphrase);
  else await store.vault.continueWithoutPassphrase();
  const ctx = { ...store, adapters: new AdapterStore(store.repo.binding), idle: idleForTests(), version: 'test' };
  return { ...store, ctx, client: caseClient((m) => handleStoreRequest(m, ctx)) };
}

/** As inMemoryClient, plus the exhibits client, recording every message the clients send. */
export async function recordingClients(passphrase?: string) {
  const store = await inMemoryClient({ passphrase });
  const sent: Request[] = [];
  const send = (m: Request) => {
    sent.push(m);
    return handleStoreRequest(m, store.ctx);
  };
  return { ...store, sent, client: caseClient(send), files: exhibitsClient(send) };
}
