// `npm start` (Chrome) / `npm run start:firefox`: builds the extension, serves the local
// demo portals, and opens a browser with the extension loaded and the sample case stored.
// With a display, the browser stays open for you to use (Ctrl+C ends the demo). Without
// one (a server, CI), it runs the same tour headless and saves screenshots to demo-output/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPortalServer } from './portal-server.mjs';

const target = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const out = resolve('demo-output');
mkdirSync(out, { recursive: true });

spawnSync('bash', ['scripts/install-system-deps.sh'], { stdio: 'inherit' });
console.log(`building the ${target} extension …`);
// The test build: the store build has no access to the loopback demo portals.
const built = spawnSync('npx', target === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mode', 'test'] : ['wxt', 'build', '--mode', 'test'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' }, // WXT would set it to the mode: React's slow dev build
});
if (built.status !== 0) process.exit(built.status ?? 1);

const portals = await startPortalServer(Number(process.env.PORT ?? 0));
console.log(`demo portals: ${portals.url}/`);

if (target === 'chrome') await chromeDemo();
else await firefoxDemo();

async function chromeDemo() {
  const { chromium } = await import('playwright-core');
  const ext = resolve('.output/chrome-mv3-test');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vacatur-demo-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: headed ? null : { width: 1200, height: 800 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;

  const panel = await context.newPage();
  await panel.setViewportSize?.({ width: 420, height: 860 });
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Load sample case' }).click();
  await panel.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await panel.getByRole('tab', { name: 'Record' }).click();
  await panel.screenshot({ path: join(out, 'chrome-panel-sample-case.png') });
  const portal = await context.newPage();
  await portal.goto(`${portals.url}/`);
  await portal.screenshot({ path: join(out, 'chrome-demo-portals.png') });

  if (headed) {
    console.log('The browser is open: the side panel page holds the sample case; the demo portals are in the other tab.');
    console.log('Click the toolbar icon (or press Alt+Shift+V) for the real side panel. Ctrl+C to end.');
    await new Promise((r) => context.on('close', r));
  } else {
    console.log(`No display: ran the demo headless. Screenshots in ${out}/`);
    await context.close();
  }
  await portals.close();
}

async function firefoxDemo() {
  if (headed) {
    const child = spawn('npx', ['web-ext', 'run', '--no-config-discovery', '--source-dir', '.output/firefox-mv2-test', '--firefox', '/usr/bin/firefox-esr', '--start-url', `${portals.url}/record-request.html`], { stdio: 'inherit' });
    await new Promise((r) => child.on('exit', r));
  } else {
    console.log('No display: running the Firefox tour headless (the smoke test).');
    const r = spawnSync('node', ['tests/e2e-firefox/smoke.mjs', '.output/firefox-mv2-test'], { stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
  }
  await portals.close();
}
