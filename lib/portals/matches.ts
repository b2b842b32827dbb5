/**
 * Where the portal content script runs and which origins the extension may read. Host access
 * is only for portals the extension ships adapters for; any other site is reached one origin at
 * a time, after the user allows it from the panel. Real portal origins are added here together
 * with their adapters.
 */
export const KNOWN_PORTAL_MATCHES: string[] = [];

/**
 * The local portal replicas (tests/fixtures/portals, `npm run portals`) on loopback. Only
 * development and test builds may reach them: a store build that could talk to any local server
 * on any port would hand the content script to whatever runs there.
 */
export const REPLICA_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The build modes that ship to users (`wxt build`, `wxt zip`). */
export const STORE_MODE = 'production';

export function portalMatches(mode: string): string[] {
  return mode === STORE_MODE ? [...KNOWN_PORTAL_MATCHES] : [...KNOWN_PORTAL_MATCHES, ...REPLICA_MATCHES];
}
