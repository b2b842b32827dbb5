import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest's config hook turns `import.meta.env.*` defines into process.env strings before
// WXT's globals plugin adds them, so BROWSER/CHROME/... would be undefined in tests.
// Replace them statically instead, keeping their real types (toolchain.md, pitfall 5).
const wxtEnv = (browser = 'chrome', mv: 2 | 3 = 3): Plugin => {
  const values: Record<string, unknown> = {
    BROWSER: browser,
    MANIFEST_VERSION: mv,
    CHROME: browser === 'chrome',
    FIREFOX: browser === 'firefox',
    SAFARI: false,
    EDGE: false,
    OPERA: false,
    COMMAND: 'serve',
  };
  const re = new RegExp(`import\\.meta\\.env\\.(${Object.keys(values).join('|')})\\b`, 'g');
  return {
    name: 'wxt-env-static',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !re.test(code)) return;
      re.lastIndex = 0;
      return { code: code.replace(re, (_, k: string) => JSON.stringify(values[k])), map: null };
    },
  };
};

export default defineConfig({
  plugins: [WxtVitest(), wxtEnv()],
  // As in wxt.config.ts: pdfjs's .pfb standard fonts are assets (lib/workers/standard-fonts.ts).
  assetsInclude: ['**/*.pfb'],
  test: {
    environment: 'happy-dom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
