/**
 * The message catalogs, one JSON file per area of the panel in `lib/i18n/catalog/<lang>/` (so
 * areas are translated and reviewed apart). `npm run locales` merges them into
 * `public/_locales/<lang>/messages.json`, the files the browser reads (manifest name, browser.i18n);
 * a unit test fails when the two disagree. English is bundled with the panel and is the fallback
 * for a key a translation lacks; Spanish loads on first use, so the default panel stays small.
 */
import type { Catalog, Locale } from './format';

/** A message key: `<area>_<name>`; tests/unit/i18n checks every key used in the code exists. */
export type MessageKey = string;

const englishParts = import.meta.glob<Catalog>('./catalog/en/*.json', { eager: true, import: 'default' });
export const ENGLISH: Catalog = mergeCatalogs(Object.values(englishParts));

const spanishParts = import.meta.glob<Catalog>('./catalog/es/*.json', { import: 'default' });

/** One catalog from area files; a key defined twice is a mistake, reported by the unit test. */
export function mergeCatalogs(parts: readonly Catalog[]): Catalog {
  return Object.assign({}, ...parts) as Catalog;
}

let spanish: Promise<Catalog> | null = null;
export function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === 'en') return Promise.resolve(ENGLISH);
  spanish ??= Promise.all(Object.values(spanishParts).map((load) => load())).then(mergeCatalogs);
  return spanish;
}
