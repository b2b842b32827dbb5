/**
 * Case data (names, narrative, descriptions, nexus) is combined with template text before the
 * layout parses markup (wrap.ts: `**bold**`, `__underline__`). A client's `__init__` or an
 * attorney's `**not bold**` must print as typed, so user values pass through `literal()` once,
 * where case data becomes template input (assemble.ts, contextFor), and never in each template.
 *
 * The escape is a private-use character (U+E000) placed between the two characters of every
 * markup pair: parseMarkup() never sees the pair and drops the character, so it never reaches a
 * page. Values without `**` or `__` (nearly all of them: ids, dates, counties) are unchanged.
 */

/** Breaks a markup pair; parseMarkup() drops it. Private use (Unicode 3.0 § 6.2), so no one types it. */
export const NO_MARKUP = '\uE000';

/**
 * A user value made safe to put into template text: its characters print as typed.
 * @example parseMarkup(`**Heading** ${literal('**not bold**')}`) // bold "Heading", then regular "**not bold**"
 */
export function literal(value: string): string {
  return value
    .replaceAll(NO_MARKUP, '')
    .replace(/\*(?=\*)/g, `*${NO_MARKUP}`)
    .replace(/_(?=_)/g, `_${NO_MARKUP}`);
}

/** Keys that name or refer to an entry, never printed as text: left as they are so lookups by id still match. */
const ID_KEY = /^id$|Ids?$/;

/**
 * Every string in plain data (a case body, an event, an agency) passed through `literal()`,
 * except ids and id references. Returns a copy; the input is not changed.
 * @example literalStrings({ id: 'e__1', nexus: 'a **b**' }) // { id: 'e__1', nexus: 'a *\uE000*b*\uE000*' }
 */
export function literalStrings<T>(data: T): T {
  return walk(data) as T;
}

function walk(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return ID_KEY.test(key) ? value : literal(value);
  if (Array.isArray(value)) return ID_KEY.test(key) ? value.slice() : value.map((v) => walk(v));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
  }
  return value;
}
