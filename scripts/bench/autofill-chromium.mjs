// Autofill in real headless Chromium: the side panel reads a generated page through the portal
// agent (collect in the page, plan in the panel) and fills it, as a user's click would. The
// figure is the panel's own measures (fill:read + fill:fill), without React's render after.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';
import { launchExtension } from '../../tests/e2e/fixtures.mjs';
import { unlockForBench } from './vault.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

export async function autofillChromiumBenchmarks({ report, root }) {
  const out = await bundleForNode('scripts/bench/autofill-bench.ts', '.cache/bench/autofill-bench.mjs');
  const { benchPage } = await import(pathToFileURL(out).href);
  const pages = { 60: benchPage(60), 200: benchPage(200) };
  const server = createServer((req, res) => {
    const n = /bench-(\d+)\.html/.exec(req.url ?? '')?.[1];
    res.writeHead(pages[n] ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(pages[n] ?? 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const ext = await launchExtension();
  try {
    const tab = await ext.context.newPage();
    await tab.goto(ext.panelUrl);
    await unlockForBench(tab);
    const body = JSON.parse(readFileSync(join(root, 'tests/fixtures/portals/case-varga.json'), 'utf8')).case;
    const created = await tab.evaluate((b) => chrome.runtime.sendMessage({ type: 'cases/create', body: b }), body);
    if (!created.ok) throw new Error(created.error);
    await tab.reload();
    await tab.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'open side panel (bench)';
      b.onclick = async () => chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id });
      document.body.prepend(b);
    });
    await tab.getByRole('button', { name: 'open side panel (bench)' }).click();
    const side = await ext.realSidePanel();
    const sp = side.page;
    await sp.getByRole('button', { name: /^Varga, Elena/ }).click();
    await sp.getByRole('tab', { name: 'Fill' }).click();
    for (const fields of [60, 200]) {
      const runs = [];
      let filled = 0;
      for (let i = 0; i < 7; i++) {
        await tab.goto(`${base}/bench-${fields}.html`);
        await tab.bringToFront();
        await sp.getByRole('button', { name: 'Check the tab again' }).click();
        await sp.evaluate(() => performance.clearMeasures());
        await sp.getByRole('button', { name: /^(Read this page|Read the page again)$/ }).click();
        await sp.getByTestId('fill-plan').waitFor();
        await sp.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
        await sp.getByTestId('fill-report').waitFor();
        const ms = await sp.evaluate(async () => {
          for (let t = 0; t < 100 && performance.getEntriesByName('fill:fill').length === 0; t++) await new Promise((r) => setTimeout(r, 20));
          const d = (n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN;
          return d('fill:read') + d('fill:fill');
        });
        filled = Number(/(\d+) of/.exec(await sp.getByTestId('fill-report').innerText())?.[1] ?? 0);
        runs.push(ms);
      }
      report({ name: `autofill (Chromium): read + fill ${fields}-field page from the side panel (${filled} filled, median of 7)`, value: round(median(runs)), unit: 'ms', budget: fields === 60 ? 50 : 150 });
    }
    await side.disconnect();
  } finally {
    await ext.close();
    await new Promise((ok) => server.close(ok));
  }
}
