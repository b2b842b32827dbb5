#!/usr/bin/env node
// Copies the README's screens from the end-to-end tests' screenshots (test-results/screenshots/, made by
// `npm test` or `npm run test:e2e`) into tests/fixtures/readme/. Run after the e2e tests; look at them before
// committing.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FROM = 'test-results/screenshots';
const TO = 'tests/fixtures/readme';
/** README name → the e2e screenshot (test file that makes it). */
const SCREENS = {
  'overview.png': 'readme-overview.png', // tests/e2e/overview.test.mjs
  'record.png': 'screening-badges.png', // tests/e2e/screening.test.mjs
  'rap-import.png': 'rap-preview.png', // tests/e2e/rapsheet.test.mjs
  'fill.png': 'readme-fill.png', // tests/e2e/autofill.test.mjs
  'packet.png': 'readme-packet.png', // tests/e2e/packet.test.mjs
  'es-overview.png': 'es-overview.png', // tests/e2e/a11y.test.mjs
};

mkdirSync(TO, { recursive: true });
let missing = 0;
for (const [name, shot] of Object.entries(SCREENS)) {
  const from = join(FROM, shot);
  if (!existsSync(from)) {
    console.error(`missing ${from}: run the e2e tests first`);
    missing++;
    continue;
  }
  copyFileSync(from, join(TO, name));
  console.log(`${from} -> ${join(TO, name)}`);
}
process.exit(missing ? 1 : 0);
