#!/usr/bin/env node
// Merges lib/i18n/catalog/<lang>/*.json (one file per panel area) into public/_locales/<lang>/messages.json,
// the WebExtension message files the browser reads. `--check` exits 1 when they are out of date.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
let stale = false;
for (const lang of readdirSync(join(root, 'lib/i18n/catalog'))) {
  const dir = join(root, 'lib/i18n/catalog', lang);
  const merged = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [key, entry] of Object.entries(part)) {
      if (key in merged) throw new Error(`${lang}/${file}: "${key}" is defined in two area files`);
      merged[key] = entry;
    }
  }
  const out = join(root, 'public/_locales', lang, 'messages.json');
  const text = JSON.stringify(merged, null, 2) + '\n';
  if (check) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
      console.error(`${out} is out of date: run npm run locales`);
      stale = true;
    }
  } else {
    mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
    writeFileSync(out, text);
  }
}
process.exit(stale ? 1 : 0);
