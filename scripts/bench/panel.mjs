// Side panel benchmarks in real headless Chromium with the built extension loaded.
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';
import { launchExtension } from '../../tests/e2e/fixtures.mjs';
import { unlockForBench, vaultBenchmarks } from './vault.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

/** Opens the panel page and returns the `case-list-rendered` mark (ms since navigation start). */
async function timeFirstRender(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.waitForFunction(() => performance.getEntriesByName('case-list-rendered')[0]?.startTime, null, { timeout: 30_000 });
  const value = await t.jsonValue();
  await page.close();
  return value;
}

export async function panelBenchmarks({ report, wanted }) {
  const ext = await launchExtension();
  try {
    // Every panel figure is taken on an encrypted store, as users run it.
    const gate = await ext.context.newPage();
    await gate.goto(ext.panelUrl);
    await unlockForBench(gate);
    await gate.close();
    if (wanted('vault')) await vaultBenchmarks(ext, { report, wanted });
    if (wanted('panel: case list') || wanted('panel')) {
      const seed = await ext.context.newPage();
      await seed.goto(ext.panelUrl);
      await seed.evaluate(async () => {
        const first = ['Ana', 'Bea', 'Cruz', 'Dana', 'Eli', 'Fern', 'Gia', 'Hana'];
        for (let i = 0; i < 500; i++) {
          const events = Array.from({ length: 6 }, (_, j) => ({
            id: `e${j}`, kind: 'conviction', date: `201${j}-03-0${(j % 9) + 1}`, code: 'PC', section: '647(b)', level: 'M', county: j % 2 ? 'Orange' : 'Los Angeles',
          }));
          const r = await chrome.runtime.sendMessage({
            type: 'cases/create',
            body: { client: { firstName: first[i % 8], lastName: `Benchmark-${i}` }, trafficking: { periods: [{ from: '2010-01-01', to: '2016-12-31' }] }, events },
          });
          if (!r.ok) throw new Error(r.error);
        }
      });
      await seed.close();
      const runs = [];
      for (let i = 0; i < 7; i++) runs.push(await timeFirstRender(ext.context, ext.panelUrl));
      report({ name: 'panel: case list first render, 500 cases (median of 7)', value: round(median(runs)), unit: 'ms', budget: 300 });
    }
    if (wanted('panel: rap')) report({ name: 'panel: RAP import preview of a 200-count sheet (median of 5)', value: round(await rapPreview(ext)), unit: 'ms', budget: 500 });
    if (wanted('panel: badges')) report({ name: 'panel: badge column update after a period edit, 300 events (median of 9)', value: round(await badgeUpdate(ext)), unit: 'ms', budget: 16.7 });
  } finally {
    await ext.close();
  }
}

/**
 * Time from the input event on a trafficking period's "to" date to the moment every badge in a
 * 300-event record shows the new verdicts (DOM updated, measured with a MutationObserver).
 * Each run moves the period end across half of the entries, so about 150 badges change.
 */
async function badgeUpdate(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  const created = await page.evaluate(async () => {
    const sections = [['PC', '647(b)', 'M'], ['HS', '11350(a)', 'F'], ['PC', '484(a)', 'M'], ['PC', '211', 'F'], ['VC', '14601.1(a)', 'M'], ['PC', '459', 'F']];
    const events = Array.from({ length: 300 }, (_, i) => {
      const [code, section, level] = sections[i % sections.length];
      const day = new Date(Date.UTC(2010, 0, 1) + i * 86400000 * 7).toISOString().slice(0, 10);
      return { id: `e${i}`, kind: 'conviction', date: day, code, section, level, county: 'Los Angeles' };
    });
    return chrome.runtime.sendMessage({ type: 'cases/create', body: { client: { firstName: 'Bench', lastName: 'Threehundred' }, trafficking: { periods: [{ from: '2009-01-01', to: '2012-11-15' }] }, events } });
  });
  if (!created.ok) throw new Error(created.error);
  await page.reload();
  await page.getByRole('button', { name: /Threehundred/ }).click();
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.locator('.periods-beside summary').click();
  const runs = [];
  for (let i = 0; i < 9; i++) {
    const to = i % 2 === 0 ? '2015-10-01' : '2012-11-15';
    runs.push(
      await page.evaluate(async (to) => {
        const input = document.querySelectorAll('.periods-beside input[type="date"]')[1];
        const list = document.querySelector('[data-testid="events"]');
        const before = list.querySelectorAll('[data-verdict="candidate"]').length;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const done = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (list.querySelectorAll('[data-verdict="candidate"]').length !== before) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const t0 = performance.now();
        setter.call(input, to);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await done) - t0;
      }, to),
    );
  }
  await page.close();
  return median(runs);
}

/** A synthetic RAP sheet with at least 200 counts, from the test factory (bundled for Node). */
async function sheetWith200Counts() {
  const out = await bundleForNode('tests/factories/rapsheet-factory.ts', '.cache/bench/rapsheet-factory.mjs');
  const { syntheticRapSheet } = await import(pathToFileURL(out).href);
  for (let cycles = 80; ; cycles += 5) {
    const sheet = syntheticRapSheet({ cycles, seed: 7 });
    if (sheet.expected.convictions + sheet.expected.arrests >= 200) return sheet;
  }
}

/** Time from pasting the sheet (input event) to the preview of every entry being rendered. */
async function rapPreview(ext) {
  const sheet = await sheetWith200Counts();
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl);
  const created = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cases/create', body: { client: { firstName: 'Rap', lastName: 'Previewbench' }, trafficking: { periods: [{ from: '2000-01-01', to: '2010-12-31' }] } } }));
  if (!created.ok) throw new Error(created.error);
  await page.reload();
  await page.getByRole('button', { name: /Previewbench/ }).click();
  await page.getByRole('tab', { name: 'RAP sheet' }).click();
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const r = await page.evaluate(async (text) => {
      const area = document.querySelector('textarea[aria-label="RAP sheet text"]');
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      setter.call(area, '');
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 50));
      performance.clearMarks('rap-preview-rendered');
      const t0 = performance.now();
      setter.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
      while (!performance.getEntriesByName('rap-preview-rendered').length) await new Promise((ok) => setTimeout(ok, 1));
      const mark = performance.getEntriesByName('rap-preview-rendered')[0];
      return { ms: mark.startTime - t0, entries: mark.detail, shown: document.querySelectorAll('.rap-entry').length };
    }, sheet.text);
    if (r.shown < 200) throw new Error(`preview showed ${r.shown} entries`);
    runs.push(r.ms);
  }
  await page.close();
  return median(runs);
}
