import { BUILT_IN_ADAPTERS, adapterForUrl } from '@/lib/portals/registry';
import type { Adapter } from '@/lib/portals/schema';
import { urlMatches } from '@/lib/portals/url-pattern';

/**
 * The adapter the Fill tab plans with. A user adapter taught on a site is per site, so on a
 * site that also has built-in adapters for other pages (several portals on one court host) it
 * would shadow them all; there, only the user's extension of that page's built-in adapter
 * (`user-<built-in id>`, made by teach mode) wins. Elsewhere the registry's order holds.
 */
export function adapterFor(url: string, user: Adapter[]): Adapter | null {
  const builtIn = BUILT_IN_ADAPTERS.find((a) => a.matches.some((p) => urlMatches(p, url)));
  if (builtIn) return user.find((a) => a.id === `user-${builtIn.id}`) ?? builtIn;
  return adapterForUrl(url, user);
}
