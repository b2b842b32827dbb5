// Launches Debian's Chromium with the built extension (.output/chrome-mv3) loaded, headless.
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

// The test build (`wxt build --mode test`): the store build has no access to the loopback replicas.
export const EXT_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3-test');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SHOTS = resolve('test-results/screenshots');

/** Launches Chromium with the extension; `userDataDir` reopens an existing profile (a browser restart). */
export async function launchExtension({ userDataDir = mkdtempSync(join(tmpdir(), 'vacatur-e2e-')) } = {}) {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXT_DIR}: run "NODE_ENV=production npx wxt build --mode test" first`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME,
    headless: true,
    viewport: { width: 400, height: 800 },
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // A second CDP endpoint: the real side panel is not in context.pages(), but a second
      // connection over CDP can see and drive it (toolchain.md, pitfall 11).
      '--remote-debugging-port=0',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    /** Connects over CDP and returns the real side panel page once it is open. */
    async realSidePanel(timeoutMs = 10_000) {
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const ctx of cdp.contexts()) {
          for (const p of ctx.pages().filter((p) => p.url().endsWith('/sidepanel.html'))) {
            // The panel page may also be open in a tab; the side panel is the one without a tab.
            const inTab = await p.evaluate(async () => (await chrome.tabs.getCurrent()) !== undefined).catch(() => true);
            if (!inTab) return { page: p, disconnect: () => cdp.close() };
          }
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      await cdp.close();
      throw new Error('the real side panel did not open');
    },
    /** Closes the browser; the profile is deleted unless `keepProfile` (to read its files or restart). */
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
