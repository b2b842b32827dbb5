/**
 * Where the portal content script runs. Loopback hosts serve the local portal replicas
 * (tests/fixtures/portals) for the demo and the end-to-end tests; real portal hosts are
 * added here together with their adapters. Everything else is reached only through
 * activeTab after a click.
 */
export const PORTAL_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
