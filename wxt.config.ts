import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portals/matches';

// Host access is limited to the portals we ship adapters for (plus loopback for the
// local replicas used in the demo and tests). Other sites are reached only through
// activeTab + scripting after the user clicks.
const PORTAL_HOSTS = PORTAL_MATCHES;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // No auto-imports: every file imports what it uses, so readers and vi.mock see the real paths.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Vacatur Assist',
    description:
      'Local case store, vacatur screening, RAP sheet import, portal autofill and petition packets for PC 236.14 practitioners. No data leaves the machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'downloads'],
    host_permissions: PORTAL_HOSTS,
    action: { default_title: 'Open Vacatur Assist' },
    // No remote code, no inline script, nothing fetched: the default MV3 CSP already forbids it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vacatur-assist@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
  },
});
