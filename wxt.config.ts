import { defineConfig } from 'wxt';
import { portalMatches, STORE_MODE } from './lib/portals/matches';
import { EXTENSION_PAGES_CSP } from './lib/portals/extension-policy';
import { QUICK_EXIT_COMMAND } from './lib/messaging/panel-broadcast';

const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

// Builds: `wxt build` / `wxt zip` make the store build (mode "production"): host access for
// known portals only. `wxt build --mode test` (e2e tests, the demo) adds the loopback replicas
// and writes to .output/<target>-test. Permissions and their reasons: lib/portals/extension-policy.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // pdfjs's standard Type 1 fonts (.pfb) are bundled as assets for page previews (lib/workers/standard-fonts.ts).
  // The PDF worker as an ES module: its libraries and fonts stay separate chunks loaded on demand
  // (one classic-worker file held them all and passed web-ext lint's 5 MB parse limit).
  vite: () => ({ assetsInclude: ['**/*.pfb'], worker: { format: 'es' } }),
  // No auto-imports: every file imports what it uses, so readers and vi.mock see the real paths.
  imports: false,
  manifest: ({ browser, manifestVersion, mode }) => ({
    // From public/_locales (the panel's own messages live there too: lib/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: portalMatches(mode),
    // Any other site, one origin at a time, asked for from a click in the panel ("Allow on this site").
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    action: { default_title: 'Open Vacatur Assist' },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open the Vacatur Assist panel',
      },
      [QUICK_EXIT_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+X' },
        description: 'Quick exit: lock Vacatur Assist and clear the panel at once',
      },
    },
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
  hooks: {
    // The content script's `matches` are evaluated before the mode is known; set them here
    // from the same list as host access, and drop the script when a build has no portal to run on.
    'build:manifestGenerated': (wxt, manifest) => {
      const matches = portalMatches(wxt.config.mode);
      manifest.content_scripts = (manifest.content_scripts ?? [])
        .map((cs) => ({ ...cs, matches }))
        .filter((cs) => cs.matches.length > 0);
      if (!manifest.content_scripts.length) delete manifest.content_scripts;
      if (wxt.config.mode === STORE_MODE && manifest.host_permissions?.length === 0) delete manifest.host_permissions;
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}{{modeSuffix}}.zip',
  },
});
