import { caseClient } from '@/lib/case-client';
import { CaseRepository, VacaturDb } from '@/lib/db';
import { handleStoreRequest } from '@/lib/db/handlers';
import { testClock } from './case-factory';

/** A CaseClient over a real repository on fake-indexeddb, through the real message handler. */
export function inMemoryClient() {
  const repo = new CaseRepository(new VacaturDb(`ui-${Math.random()}`), testClock());
  return { repo, client: caseClient((m) => handleStoreRequest(m, repo, 'test')) };
}
