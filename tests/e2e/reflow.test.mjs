// Issue 14, WCAG 2.2 reflow (1.4.10): every tab of a case at 320 CSS px (and at 200 px, a 400 px panel at 200% zoom)
// scrolls only vertically: no horizontally clipped table or source line, and the verdict badges stay on screen.
import { after, before, test } from 'node:test';
import { expect } from '@playwright/test';
import { join } from 'node:path';
import { launchExtension, SHOTS } from './fixtures.mjs';
import { PanelPage } from './pages/panel.mjs';
import { readFileSync } from 'node:fs';

let ext;
before(async () => (ext = await launchExtension()));
after(async () => ext?.close());

/** How far the page, or any element inside it, reaches past the right edge of the window (px). */
const overflow = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let worst = document.documentElement.scrollWidth - width;
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // An element inside its own scrolling box (a wide table in an overflow container) is reachable.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll)/.test(style.overflowX)) {
          clipped = true;
          break;
        }
      }
      if (!clipped) worst = Math.max(worst, Math.ceil(r.right - width));
    }
    return worst;
  });

const TABS = ['Overview', 'Client', 'Attorney', 'Trafficking', 'Record', 'RAP sheet', 'Summary', 'Packet', 'Fill', 'Forms', 'Activity'];

for (const width of [320, 200]) {
  test(`every tab reflows at ${width} px: nothing reaches past the right edge`, async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const panel = new PanelPage(page);
    await panel.open(ext.panelUrl);
    await panel.loadSampleOverview();
    for (const name of TABS) {
      await panel.tab(name);
      if (name === 'RAP sheet') {
        // A pasted sheet: the preview shows each entry beside its source lines.
        await page.getByLabel('RAP sheet text').fill(readFileSync('tests/fixtures/rapsheets/multi-count.txt', 'utf8'));
        await expect(page.locator('.rap-preview')).toBeVisible();
      }
      if (name === 'Record') await expect(page.locator('.event').first()).toBeVisible();
      await expect.poll(() => overflow(page), { message: `${name} at ${width} px` }).toBeLessThanOrEqual(0);
      if (name === 'Record') {
        // The verdict badge of every row is on screen horizontally.
        const right = await page.locator('.event .badge').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
        await expect.poll(() => right <= width, { message: 'badges on screen' }).toBe(true);
      }
      await page.screenshot({ path: join(SHOTS, `reflow-${width}-${name.replace(/\s+/g, '-').toLowerCase()}.png`) });
    }
    await page.close();
  });
}
