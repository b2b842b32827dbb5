/**
 * The panel's words in English and Spanish. The messages live in `public/_locales/<lang>/
 * messages.json`, the WebExtension i18n format the browser itself reads (`browser.i18n`, the
 * manifest's `__MSG_...__`). The panel reads the same files through this module rather than
 * `browser.i18n.getMessage`, because getMessage follows only the browser's language and the user
 * can switch the panel's language in Settings. Substitutions follow getMessage: `$1`..`$9` are
 * replaced by the arguments, `$$` is a literal dollar sign. Pure: no browser, no clock.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** 'auto' follows the browser's language. */
export type LanguageSetting = Locale | 'auto';

export interface CatalogEntry {
  message: string;
  description?: string;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;

/**
 * One message with its substitutions; a key missing from `catalog` falls back to `fallback`
 * (English), and a key missing from both shows as the key, so a gap is visible, never blank.
 * @example formatMessage({ hi: { message: 'Hello $1' } }, {}, 'hi', ['Ana']) // 'Hello Ana'
 */
export function formatMessage(catalog: Catalog, fallback: Catalog, key: string, subs: readonly (string | number)[] = []): string {
  const template = catalog[key]?.message ?? fallback[key]?.message;
  if (template === undefined) return key;
  return template.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/** The `$n` substitutions a message uses, sorted: both languages must use the same ones. */
export function substitutionsOf(message: string): number[] {
  return [...new Set([...message.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();
}

/**
 * The panel's language: the setting, or for 'auto' the browser's language ("es-MX" → Spanish;
 * anything not Spanish → English).
 * @example pickLocale('auto', 'es-419') // 'es'
 */
export function pickLocale(setting: LanguageSetting | undefined, browserLanguage: string): Locale {
  if (setting === 'en' || setting === 'es') return setting;
  return /^es\b/i.test(browserLanguage) ? 'es' : 'en';
}

/**
 * A YYYY-MM-DD date as the locale writes it, in numbers, the way a date input shows it to the
 * same user ("12/02/2026" in US English, "02/12/2026" in Spanish). Anything that is not an ISO
 * date is returned unchanged. Formatted in UTC so the day never shifts with the time zone.
 * @example formatIsoDate('2027-01-15', 'es') // '15/01/2027'
 */
export function formatIsoDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(locale).format(date);
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = FORMATS.get(locale);
  if (!f) FORMATS.set(locale, (f = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })));
  return f;
}
