// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (Playwright cannot drive firefox-esr). Installs each Firefox build as a temporary add-on,
// checks the portal content script runs on a local replica page, opens the panel page in a
// tab through the launcher button, and saves a case there.
// Prints "N passed, N failed" and exits non-zero on failure.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { startPortalServer } from '../../scripts/portal-server.mjs';

const UUID = '7a1e5c2d-0b7e-4c1b-9d5e-3f2a6b8c4d10';
const ADDON_ID = 'vacatur-assist@example.org';
const builds = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/firefox-mv2', '.output/firefox-mv3'];
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function smoke(buildDir, portalUrl) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  try {
    const id = await browser.installExtension(resolve(buildDir));
    if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}`);
    const page = await browser.newPage();
    await page.goto(`${portalUrl}/record-request.html`);
    await page.waitForSelector('html[data-vacatur-assist="ready"]', { timeout: 10_000 });
    const launcher = await page.waitForSelector('vacatur-assist-launcher >>> #vacatur-open-panel', { timeout: 10_000 });
    await launcher.click();

    // The panel opens in a tab (no real sidebar in headless BiDi). Puppeteer reports its url
    // as about:blank, so find it by asking each page where it is.
    let panel;
    for (let i = 0; i < 50 && !panel; i++) {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`moz-extension://${UUID}/sidepanel.html`)) panel = p;
      }
      if (!panel) await new Promise((r) => setTimeout(r, 200));
    }
    if (!panel) throw new Error('the panel page did not open in a tab');
    await panel.waitForSelector('::-p-text(New case)', { timeout: 10_000 });
    await (await panel.waitForSelector('::-p-text(New case)')).click();
    const first = await panel.waitForSelector('input[name="firstName"]');
    await first.type('Mireille');
    await (await panel.waitForSelector('input[name="lastName"]')).type('Fontaine-Oduya');
    await panel.waitForSelector('::-p-text(All changes saved)', { timeout: 10_000 });
    const list = await panel.evaluate(() => browser.runtime.sendMessage({ type: 'cases/list' }));
    if (!list.ok || list.data[0]?.name !== 'Fontaine-Oduya, Mireille') throw new Error(`store answered ${JSON.stringify(list)}`);
  } finally {
    await browser.close();
  }
}

const server = await startPortalServer();
let passed = 0;
let failed = 0;
for (const build of builds) {
  const t = Date.now();
  try {
    await smoke(build, server.url);
    passed++;
    console.log(`ok - firefox smoke ${build} (${Date.now() - t} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - firefox smoke ${build}: ${e.stack ?? e}`);
  }
}
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
