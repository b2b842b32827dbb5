// @vitest-environment node
/**
 * Message keys the code names outside a literal `t('key')` call (format.test.ts checks those):
 * keys kept in data (a verdict's label, a checklist item lib/ builds) and keys put together from a
 * value (a guide paragraph, a RAP sheet's client field, an answered question's topic). Each must be
 * in both catalogs, or the panel would show the key itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '@/lib/law/questions';
import { CLIENT_FIELD_LABELS } from '@/lib/rapsheet/merge';
import type { Catalog } from '@/lib/i18n';

const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
const english = load('en');
const spanish = load('es');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));

/** The areas whose keys are named in data: a quoted string that starts with one is a key. */
const KEY = /'((?:packet|packetResults|record|case|overview|rap|forms|toast|ui|app|summary|client)_[A-Za-z0-9_]+)'/g;
/** Quoted strings that look like keys and are not: a CSV column name (lib/csv). */
const NOT_KEYS = new Set(['case_number']);

describe('keys named in data are in both catalogs', () => {
  it('every quoted key in components/ and lib/', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of [...sources('components'), ...sources('lib')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(KEY)) {
        if (NOT_KEYS.has(m[1]!)) continue;
        seen++;
        if (!english[m[1]!] || !spanish[m[1]!]) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('keys put together from a value', () => {
    const built = [
      ...['who', 'nonviolent', 'victim', 'proof', 'petition', 'service', 'findings', 'timing', 'privacy', 'hearing', 'restitution', 'counties', 'denial', 'notin'].flatMap((k) => [`overview_guide_${k}`, `overview_guide_${k}_label`]),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `overview_guide_order_${n}`),
      ...Object.keys(CLIENT_FIELD_LABELS).map((f) => `rap_field_${f}`),
      ...Object.values(QUESTION_IDS).map((id) => `record_question_${id.replace(/-/g, '_')}`),
    ];
    expect(built.filter((k) => !english[k] || !spanish[k])).toEqual([]);
  });
});

describe('messages the browser accepts', () => {
  it('no message reads as a named placeholder ($1$2 is "$1$" to Chrome, which then refuses to load the extension)', () => {
    const named = Object.entries({ ...english, ...spanish }).filter(([, e]) => /\$[A-Za-z0-9_@]+\$/.test(e.message.replace(/\$\$/g, '')));
    expect(named.map(([k]) => k)).toEqual([]);
  });
});
