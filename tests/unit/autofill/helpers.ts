import { readFileSync } from 'node:fs';
import { collect } from '@/lib/autofill/collect';
import { fill } from '@/lib/autofill/fill';
import { adapterProbes, plan } from '@/lib/autofill/plan';
import { parseCaseFileText, type CaseBody } from '@/lib/model';
import { adapterForUrl } from '@/lib/portals/registry';
import { loadReplica, tick } from './replica';

export function testCase(): CaseBody {
  const r = parseCaseFileText(readFileSync('tests/fixtures/portals/case-varga.json', 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.body;
}

/** Loads a replica and runs collect → plan (→ fill), with the registry's adapter or none. */
export async function run(path: string, hash = '', { adapter = true, doFill = true } = {}) {
  const dom = await loadReplica(path, hash);
  const doc = dom.window.document;
  const a = adapter ? adapterForUrl(doc.URL) : null;
  const snapshot = collect(doc, a ? { probe: adapterProbes(a) } : {});
  const p = plan(snapshot, testCase(), a);
  const report = doFill ? await fill(doc, p.steps, p.url) : null;
  if (doFill) await tick(250); // past the comboboxes' blur check and any re-render
  return { dom, doc, snapshot, plan: p, report, adapter: a };
}

/** The value a control shows now, by selector (through frames and shadow roots). */
export function valueAt(doc: Document, selector: string): string {
  const parts = selector.split(/( \|> | >>> )/);
  let scope: Document | ShadowRoot | Element = doc;
  let el: Element | null = null;
  for (let i = 0; i < parts.length; i += 2) {
    el = scope.querySelector(parts[i]!);
    if (!el) return '(missing)';
    if (parts[i + 1] === ' |> ') scope = (el as HTMLIFrameElement).contentDocument!;
    else if (parts[i + 1] === ' >>> ') scope = el.shadowRoot!;
  }
  const input = el as HTMLInputElement;
  if (input.type === 'checkbox' || input.type === 'radio') return String(input.checked);
  if (el!.localName === 'select') return (el as HTMLSelectElement).selectedOptions[0]?.text ?? '';
  return input.value;
}
