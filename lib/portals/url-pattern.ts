/**
 * Match patterns as browsers write them: `scheme://host/path` with `*` wildcards. A pattern
 * without a port matches every port (the replicas run on any local port); the fragment is
 * ignored.
 * @example urlMatches('*://127.0.0.1/efsp/*', 'http://127.0.0.1:4173/efsp/wizard.html#step=fees') // true
 */
export function urlMatches(pattern: string, url: string): boolean {
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const [pHost, pPort] = host.split(':') as [string, string | undefined];
  if (pPort && pPort !== '*' && pPort !== u.port) return false;
  if (pHost !== '*') {
    if (pHost.startsWith('*.')) {
      const base = pHost.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== pHost) return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(u.pathname + u.search);
}
