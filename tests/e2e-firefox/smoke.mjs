// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (Playwright cannot drive firefox-esr). Installs each Firefox test build as a temporary add-on
// (which opens its panel page in a tab: BiDi cannot navigate to moz-extension:// and headless has
// no toolbar), saves a case there, and checks that the portal content script runs on a local
// replica page without leaving a trace in it, and is refused by the case store.
// Prints "N passed, N failed" and exits non-zero on failure.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { startPortalServer } from '../../scripts/portal-server.mjs';

const UUID = '7a1e5c2d-0b7e-4c1b-9d5e-3f2a6b8c4d10';
const ADDON_ID = 'vacatur-assist@example.org';
const builds = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/firefox-mv2-test', '.output/firefox-mv3-test'];
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PASSPHRASE = 'juniper canyon lantern 58';

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
    // The panel opens in a tab. Puppeteer reports its url as about:blank, so find it by asking
    // each page where it is.
    let panel;
    for (let i = 0; i < 50 && !panel; i++) {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`moz-extension://${UUID}/sidepanel.html`)) panel = p;
      }
      if (!panel) await new Promise((r) => setTimeout(r, 200));
    }
    if (!panel) throw new Error('the panel page did not open in a tab');
    // First use: set a passphrase (the store is then encrypted with Firefox's WebCrypto).
    await panel.waitForSelector('form[aria-label="Set a passphrase"] input[type="password"]', { timeout: 10_000 });
    const [pass, again] = await panel.$$('form[aria-label="Set a passphrase"] input[type="password"]');
    await pass.type(PASSPHRASE);
    await again.type(PASSPHRASE);
    await (await panel.waitForSelector('form[aria-label="Set a passphrase"] input[type="checkbox"]')).click();
    await (await panel.waitForSelector('form[aria-label="Set a passphrase"] button[type="submit"]:not([disabled])')).click();
    await panel.waitForSelector('::-p-text(New case)', { timeout: 10_000 });
    await (await panel.waitForSelector('::-p-text(New case)')).click();
    // A case opens on its overview; the client's fields are on the Client tab.
    await (await panel.waitForSelector('::-p-aria([name="Client"][role="tab"])')).click();
    const first = await panel.waitForSelector('input[name="firstName"]');
    await first.type('Mireille');
    await (await panel.waitForSelector('input[name="lastName"]')).type('Fontaine-Oduya');
    await panel.waitForSelector('::-p-text(All changes saved)', { timeout: 10_000 });
    const list = await panel.evaluate(() => browser.runtime.sendMessage({ type: 'cases/list' }));
    if (!list.ok || list.data[0]?.name !== 'Fontaine-Oduya, Mireille') throw new Error(`store answered ${JSON.stringify(list)}`);

    // The portal content script runs on the replica and answers the extension ...
    const page = await browser.newPage();
    await page.goto(`${portalUrl}/record-request.html`);
    const hello = await panel.evaluate(async (url) => {
      // Match patterns have no port: find the replica's tab by its full URL.
      const tab = (await browser.tabs.query({})).find((t) => t.url === `${url}/record-request.html`);
      return browser.tabs.sendMessage(tab.id, { type: 'agent/hello' });
    }, portalUrl);
    if (!hello?.ok || hello.data.url !== `${portalUrl}/record-request.html`) throw new Error(`content script answered ${JSON.stringify(hello)}`);
    // It reads the page's fields and fills the ones it is given (collect and fill in Firefox).
    const filled = await panel.evaluate(async (url) => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === `${url}/record-request.html`);
      const snap = await browser.tabs.sendMessage(tab.id, { type: 'agent/collect' }, { frameId: 0 });
      const last = snap.data.fields.find((f) => f.label === 'Last name');
      const report = await browser.tabs.sendMessage(tab.id, { type: 'agent/fill', expectedUrl: snap.data.url, steps: [{ selector: last.selector, label: 'Last name', source: 'client.lastName', value: 'Fontaine-Oduya', confidence: 1, reason: 'smoke', kind: 'text' }] }, { frameId: 0 });
      return report.data.outcomes[0].outcome;
    }, portalUrl);
    if (filled !== 'filled') throw new Error(`fill reported ${filled}`);
    const value = await page.evaluate(() => document.getElementById('applicantLastName').value);
    if (value !== 'Fontaine-Oduya') throw new Error(`the page shows "${value}"`);
    // ... and leaves nothing in the page.
    const trace = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).join(' ') + [...document.querySelectorAll('*')].filter((e) => e.tagName.includes('-')).length);
    if (/vacatur|wxt|[1-9]/i.test(trace)) throw new Error(`the page shows a trace of the extension: ${trace}`);
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
