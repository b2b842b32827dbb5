// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { resolveSelector } from '@/lib/autofill/selector';
import { Adapter } from '@/lib/portals/schema';
import { BUILT_IN_ADAPTERS, adapterById, adapterForUrl } from '@/lib/portals/registry';
import { urlMatches } from '@/lib/portals/url-pattern';
import { REPLICA_ORIGIN, loadReplica } from '../autofill/replica';

/** Each built-in adapter and the replica page(s) it is for. */
const REPLICA_OF: Record<string, string[]> = {
  'efsp-alder-replica': ['efsp/wizard.html', 'efsp/payment.html'],
  'alder-court-petition-replica': ['court/petition-filing.html'],
  'records-bureau-review-replica': ['doj/record-review.html'],
  'alder-case-summary-replica': ['court/case-summary.html'],
};

/** How many elements a selector (with frame / shadow steps) finds; a radio group counts once. */
function count(doc: Document, selector: string): number {
  const parts = selector.split(/( \|> | >>> )/);
  const last = parts.pop()!;
  let scope: Document | ShadowRoot | Element = doc;
  if (parts.length) {
    const r = resolveSelector(doc, parts.slice(0, -1).join(''));
    if (!('el' in r)) return 0;
    scope = parts[parts.length - 1] === ' |> ' ? (r.el as HTMLIFrameElement).contentDocument! : r.el.shadowRoot!;
  }
  const found = Array.from(scope.querySelectorAll(last));
  const radios = new Set(found.filter((e) => (e as HTMLInputElement).type === 'radio').map((e) => (e as HTMLInputElement).name));
  return found.filter((e) => (e as HTMLInputElement).type !== 'radio').length + radios.size;
}

describe('built-in adapters', () => {
  it('every adapter has its replica and validates against the schema', () => {
    expect(BUILT_IN_ADAPTERS.map((a) => a.id).sort()).toEqual(Object.keys(REPLICA_OF).sort());
    for (const a of BUILT_IN_ADAPTERS) expect(Adapter.safeParse(a).success).toBe(true);
  });

  for (const adapter of BUILT_IN_ADAPTERS) {
    it(`${adapter.id}: every selector matches exactly one element on its replica`, async () => {
      const dom = await loadReplica(REPLICA_OF[adapter.id]![0]!);
      const doc = dom.window.document;
      const selectors = [
        ...adapter.steps.flatMap((s) => [...(s.detect ? [s.detect] : []), ...s.fields.flatMap((f) => f.selectors)]),
        ...adapter.neverFill,
        ...(adapter.scrape ? Object.values(adapter.scrape) : []),
      ];
      expect(selectors.length).toBeGreaterThan(0);
      const wrong = selectors.map((s) => [s, count(doc, s)] as const).filter(([, n]) => n !== 1);
      expect(wrong).toEqual([]);
    });
  }

  it('no adapter claims another replica\'s URLs, and each claims its own', () => {
    for (const [id, paths] of Object.entries(REPLICA_OF)) {
      for (const path of paths) {
        for (const origin of [REPLICA_ORIGIN, 'http://localhost:5173']) {
          const url = `${origin}/${path}`;
          const claimants = BUILT_IN_ADAPTERS.filter((a) => a.matches.some((p) => urlMatches(p, url))).map((a) => a.id);
          expect(claimants, url).toEqual([id]);
        }
      }
    }
    expect(adapterForUrl(`${REPLICA_ORIGIN}/record-request.html`)).toBeNull();
    expect(adapterForUrl('https://portal.example.test/efsp/wizard.html')).toBeNull();
  });

  it('the wizard adapter recognises each step by the visible section', async () => {
    const { collect } = await import('@/lib/autofill/collect');
    const { adapterProbes, currentStep } = await import('@/lib/autofill/plan');
    const a = adapterById('efsp-alder-replica')!;
    for (const step of ['case', 'documents', 'parties', 'service', 'fees', 'payment', 'review']) {
      const dom = await loadReplica('efsp/wizard.html', step === 'case' ? '' : `#step=${step}`);
      expect(currentStep(a, collect(dom.window.document, { probe: adapterProbes(a) }))?.id).toBe(step);
    }
  });

  it('user adapters come first', () => {
    const mine = Adapter.parse({ id: 'my-efsp', name: 'Mine', matches: ['http://127.0.0.1/efsp/*'] });
    expect(adapterForUrl(`${REPLICA_ORIGIN}/efsp/wizard.html`, [mine])?.id).toBe('my-efsp');
    expect(adapterById('my-efsp', [mine])).toBe(mine);
  });
});

describe('URL patterns', () => {
  it.each([
    ['http://127.0.0.1/efsp/*', 'http://127.0.0.1:4173/efsp/wizard.html#step=fees', true],
    ['http://127.0.0.1:4173/efsp/*', 'http://127.0.0.1:9999/efsp/wizard.html', false],
    ['*://*.courts.example/*', 'https://efile.courts.example/x', true],
    ['*://*.courts.example/*', 'https://courts.example.evil.test/x', false],
    ['https://a.test/case/*', 'http://a.test/case/1', false],
    ['https://a.test/case/*?id=*', 'https://a.test/case/1?id=2', true],
  ])('%s vs %s', (pattern, url, ok) => expect(urlMatches(pattern, url)).toBe(ok));
});
