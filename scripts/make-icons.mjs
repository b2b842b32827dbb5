// Renders public/icon/<size>.png from the SVG below with headless Chromium (run by hand when
// the icon changes; the PNGs are committed). A scale of justice over a broken chain link.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f4e8c"/>
  <g fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
    <path d="M64 26v70M40 96h48M30 40h68"/>
    <path d="M30 40l-14 30h28zM98 40l-14 30h28z"/>
  </g>
  <circle cx="64" cy="24" r="6" fill="#fff"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
