// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatMessage, pickLocale, substitutionsOf, type Catalog } from '@/lib/i18n';

const en: Catalog = { hi: { message: 'Hello $1, you have $2 cases' }, only: { message: 'Only in English' }, cost: { message: 'Costs $$5' } };
const es: Catalog = { hi: { message: 'Hola $1, tiene $2 casos' } };

describe('formatMessage (the substitutions of browser.i18n.getMessage)', () => {
  it('substitutes $1..$9, keeps $$ as a dollar sign', () => {
    expect(formatMessage(es, en, 'hi', ['Ana', 3])).toBe('Hola Ana, tiene 3 casos');
    expect(formatMessage(en, en, 'cost')).toBe('Costs $5');
  });
  it('falls back to English, then to the key itself (a gap shows, never a blank)', () => {
    expect(formatMessage(es, en, 'only')).toBe('Only in English');
    expect(formatMessage(es, en, 'missing_key')).toBe('missing_key');
  });
  it('substitutionsOf lists the $n a message uses', () => expect(substitutionsOf('a $2 b $1 $$ $1')).toEqual([1, 2]));
});

describe('pickLocale', () => {
  it('follows the browser for "auto"; a choice wins', () => {
    expect(pickLocale('auto', 'es-MX')).toBe('es');
    expect(pickLocale('auto', 'es')).toBe('es');
    expect(pickLocale('auto', 'en-US')).toBe('en');
    expect(pickLocale('auto', 'fr-FR')).toBe('en');
    expect(pickLocale('es', 'en-US')).toBe('es');
    expect(pickLocale(undefined, 'en-GB')).toBe('en');
  });
});

describe('formatIsoDate: the locale numeric format, without a time-zone shift', () => {
  it('US English month first, Spanish day first', () => {
    expect(formatIsoDate('2027-01-15', 'en')).toBe('01/15/2027');
    expect(formatIsoDate('2027-01-15', 'es')).toBe('15/01/2027');
    expect(formatIsoDate('not a date', 'es')).toBe('not a date');
  });
});

describe('the catalogs (public/_locales)', () => {
  const load = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Catalog;
  const english = load('en');
  const spanish = load('es');
  it('English and Spanish have the same keys', () => expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort()));
  it('each Spanish message uses the same substitutions as the English one', () => {
    for (const [key, entry] of Object.entries(english)) expect([key, substitutionsOf(spanish[key]?.message ?? '')]).toEqual([key, substitutionsOf(entry.message)]);
  });
  it('keys are valid WebExtension message names and no message is empty', () => {
    for (const [key, entry] of Object.entries({ ...english, ...spanish })) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  });
});

describe('the code uses only keys the English catalog has', () => {
  const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalog;
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
  it('every t(\'key\') in components/ and lib/ is defined', () => {
    const missing: string[] = [];
    for (const file of [...sources('components'), ...sources('lib')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (!english[m[1]!]) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
  it('public/_locales is the merge of lib/i18n/catalog (npm run locales)', () => {
    expect(() => execFileSync('node', ['scripts/build-locales.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
