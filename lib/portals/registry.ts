/**
 * The adapters the extension ships, and the one for a page: user-taught adapters (teach mode,
 * imported packs) first, so a user's mapping wins over a built-in one for the same site.
 */
import { alderCaseSummary } from './adapters/alder-case-summary';
import { alderCourtPetition } from './adapters/alder-court-petition';
import { efspAlder } from './adapters/efsp-alder';
import { recordsBureauReview } from './adapters/records-bureau-review';
import { Adapter } from './schema';
import { urlMatches } from './url-pattern';

/** Built-in adapters, validated once at load (a bad one fails every test that imports this). */
export const BUILT_IN_ADAPTERS: Adapter[] = [efspAlder, alderCourtPetition, recordsBureauReview, alderCaseSummary].map((a) => Adapter.parse(a));

/**
 * @example adapterForUrl('http://127.0.0.1:4173/efsp/wizard.html#step=fees')?.id // 'efsp-alder-replica'
 */
export function adapterForUrl(url: string, userAdapters: Adapter[] = []): Adapter | null {
  return [...userAdapters, ...BUILT_IN_ADAPTERS].find((a) => a.matches.some((p) => urlMatches(p, url))) ?? null;
}

export function adapterById(id: string, userAdapters: Adapter[] = []): Adapter | null {
  return [...userAdapters, ...BUILT_IN_ADAPTERS].find((a) => a.id === id) ?? null;
}
