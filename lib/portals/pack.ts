/**
 * Adapter packs: adapters exported as JSON to share a portal mapping between offices. A pack
 * carries selectors and case-field names only, never case data; a bad pack is refused with the
 * reason and changes nothing.
 */
import { Adapter } from './schema';

export const PACK_FORMAT = 'vacatur-assist/adapter-pack';
export const PACK_VERSION = 1;

export type PackResult = { ok: true; adapters: Adapter[] } | { ok: false; reason: string };

// What personal data looks like, so a pack that carries some is refused.
const CASE_DATA: [RegExp, string][] = [
  [/[^\s@{}]+@[^\s@{}]+\.[a-z]{2,}/i, 'an e-mail address'],
  [/\b\d{3}-\d{2}-\d{4}\b/, 'a Social Security number'],
  [/\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/, 'a phone number'],
  [/\b(19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/(19|20)\d{2}\b/, 'a date'],
];

function strings(v: unknown, path: string, out: [string, string][]): void {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, path ? `${path}.${k}` : k, out);
}

/** Checks a CSS selector with the page's parser when there is one (panel), else only its shape. */
function badSelector(sel: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  for (const part of sel.split(/ \|> | >>> /)) {
    if (!part.trim()) return true;
    if (doc) {
      try {
        doc.createDocumentFragment().querySelector(part);
      } catch {
        return true;
      }
    }
  }
  return false;
}

/**
 * @example validateAdapterPack(JSON.parse(text)) // { ok: false, reason: 'adapters[0].steps[1].fields[0].source: must name a case field such as client.lastName' }
 */
export function validateAdapterPack(json: unknown): PackResult {
  if (!json || typeof json !== 'object') return { ok: false, reason: 'not an adapter pack (expected a JSON object)' };
  const pack = json as { format?: unknown; version?: unknown; adapters?: unknown };
  if (pack.format !== PACK_FORMAT) return { ok: false, reason: `not an adapter pack (format must be "${PACK_FORMAT}")` };
  if (typeof pack.version !== 'number' || pack.version > PACK_VERSION) return { ok: false, reason: `pack version ${String(pack.version)} is not one this app reads (${PACK_VERSION})` };
  if (!Array.isArray(pack.adapters) || !pack.adapters.length) return { ok: false, reason: 'the pack holds no adapters' };
  const found: [string, string][] = [];
  strings(pack.adapters, 'adapters', found);
  for (const [path, s] of found) {
    for (const [re, what] of CASE_DATA) if (re.test(s)) return { ok: false, reason: `${path}: holds what looks like case data (${what}); packs carry selectors only` };
  }
  const adapters: Adapter[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of pack.adapters.entries()) {
    const r = Adapter.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return { ok: false, reason: `adapters[${i}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}` };
    }
    if (ids.has(r.data.id)) return { ok: false, reason: `adapters[${i}].id: "${r.data.id}" appears twice` };
    ids.add(r.data.id);
    const sels = [...r.data.steps.flatMap((s) => [...(s.detect ? [s.detect] : []), ...s.fields.flatMap((f) => f.selectors)]), ...r.data.neverFill];
    const bad = sels.find(badSelector);
    if (bad !== undefined) return { ok: false, reason: `adapters[${i}]: "${bad}" is not a valid selector` };
    adapters.push(r.data);
  }
  return { ok: true, adapters };
}

export function exportAdapterPack(adapters: Adapter[]): { format: string; version: number; adapters: Adapter[] } {
  return { format: PACK_FORMAT, version: PACK_VERSION, adapters };
}
