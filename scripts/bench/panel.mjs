// Side panel benchmarks in real headless Chromium with the built extension loaded.
import { launchExtension } from '../../tests/e2e/fixtures.mjs';

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
    if (wanted('panel: case list')) {
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
  } finally {
    await ext.close();
  }
}
