// Launches Debian's Chromium with the built extension (.output/chrome-mv3) loaded, headless.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXT_DIR = resolve('.output/chrome-mv3');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SHOTS = resolve('test-results/screenshots');

export async function launchExtension() {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXT_DIR}: run "npx wxt build" first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'vacatur-e2e-'));
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
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
