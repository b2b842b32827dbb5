/**
 * A saved page in jsdom for the CLI's dry runs: no page script runs and nothing is loaded
 * (no frames, images or styles are fetched), so a saved portal page cannot do anything.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Adapter } from '../portals/schema';
import { BUILT_IN_ADAPTERS, adapterById } from '../portals/registry';
import { resolveSelector } from './selector';

export function loadPage(html: string, file: string, cwd: string): JSDOM {
  return new JSDOM(html, { url: pathToFileURL(resolve(cwd, file)).href });
}

/** Fraction of an adapter's field selectors that find something on the page. */
function coverage(doc: Document, a: Adapter): number {
  const sels = a.steps.flatMap((s) => s.fields.map((f) => f.selectors));
  const scrape = a.scrape ? [[a.scrape.charges]] : [];
  const all = [...sels, ...scrape];
  if (!all.length) return 0;
  return all.filter((alts) => alts.some((s) => 'el' in resolveSelector(doc, s))).length / all.length;
}

/**
 * The adapter for a saved page: the one named, none, or the built-in whose selectors find most
 * of their fields (a saved file has no portal URL to match). More than half must be found.
 */
export function adapterForPage(doc: Document, id: string | undefined, none: boolean): Adapter | null | { unknown: string } {
  if (none) return null;
  if (id) return adapterById(id) ?? { unknown: id };
  let best: Adapter | null = null;
  let bestScore = 0.5;
  for (const a of BUILT_IN_ADAPTERS) {
    const c = coverage(doc, a);
    if (c > bestScore) [best, bestScore] = [a, c];
  }
  return best;
}

/** Writes each control's live state into the markup: value attributes, checked, selected. */
export function serializeWithState(dom: JSDOM): string {
  const doc = dom.window.document;
  for (const el of Array.from(doc.querySelectorAll('input, textarea, select'))) {
    if (el.localName === 'textarea') el.textContent = (el as HTMLTextAreaElement).value;
    else if (el.localName === 'select') {
      for (const o of Array.from((el as HTMLSelectElement).options)) o.toggleAttribute('selected', o.selected);
    } else {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
      else if (input.type !== 'file' && input.type !== 'password') input.setAttribute('value', input.value);
    }
  }
  return dom.serialize();
}
