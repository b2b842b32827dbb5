import { collect } from '@/lib/autofill/collect';
import { fill, highlight } from '@/lib/autofill/fill';
import { scrape } from '@/lib/autofill/scrape';
import type { FillReport, FillStep } from '@/lib/autofill/types';
import type { AgentReply, AgentRequest } from '@/lib/messages';

/**
 * The portal agent's answers to the panel. It keeps only what undo needs: the steps of the last
 * fill with the values the fields had before, for as long as the page stays the same.
 */
export function createAgent(doc: Document) {
  let lastFill: { url: string; steps: FillStep[] } | null = null;
  let clearHighlight: (() => void) | null = null;

  async function answer(request: AgentRequest): Promise<AgentReply<unknown>> {
    switch (request.type) {
      case 'agent/hello':
        return ok({ url: doc.URL });
      case 'agent/collect':
        return ok(collect(doc, { probe: strings(request.probe) }));
      case 'agent/fill': {
        const report = await fill(doc, request.steps, request.expectedUrl);
        lastFill = { url: report.url, steps: undoSteps(request.steps, report) };
        return ok(report);
      }
      case 'agent/undo': {
        if (!lastFill || lastFill.url !== doc.URL || lastFill.url !== request.expectedUrl) return { ok: false, error: 'There is no fill to undo on this page.' };
        const report = await fill(doc, lastFill.steps, request.expectedUrl);
        lastFill = null;
        return ok(report);
      }
      case 'agent/scrape':
        return ok(scrape(doc, request.scrape ? ({ scrape: request.scrape } as Parameters<typeof scrape>[1]) : null));
      case 'agent/highlight':
        clearHighlight?.();
        clearHighlight = request.selector ? highlight(doc, request.selector) : null;
        return ok(true);
    }
  }
  return { answer };
}

/** The panel's request, checked by hand: the content script carries no schema library. */
export function asAgentRequest(m: unknown): AgentRequest | null {
  const r = m as Record<string, unknown> | null;
  switch (r?.type) {
    case 'agent/hello':
      return { type: 'agent/hello' };
    case 'agent/collect':
      return { type: 'agent/collect', probe: strings(r.probe) };
    case 'agent/fill':
      return typeof r.expectedUrl === 'string' && Array.isArray(r.steps) && r.steps.every(isStep) ? { type: 'agent/fill', expectedUrl: r.expectedUrl, steps: r.steps } : null;
    case 'agent/undo':
      return typeof r.expectedUrl === 'string' ? { type: 'agent/undo', expectedUrl: r.expectedUrl } : null;
    case 'agent/scrape':
      return { type: 'agent/scrape', scrape: scrapeTable(r.scrape) };
    case 'agent/highlight':
      return r.selector === null || typeof r.selector === 'string' ? { type: 'agent/highlight', selector: r.selector } : null;
    default:
      return null;
  }
}

function isStep(s: unknown): s is FillStep {
  const x = s as Record<string, unknown>;
  return typeof x?.selector === 'string' && typeof x.value === 'string' && typeof x.kind === 'string' && x.value.length < 10_000;
}

/** An adapter's table selectors: strings only, everything else dropped. */
function scrapeTable(v: unknown): { charges: string; dispositions?: string; sentences?: string; caseNumber?: string; court?: string } | undefined {
  const t = v as Record<string, unknown> | undefined;
  if (typeof t?.charges !== 'string') return undefined;
  const pick = (k: string) => (typeof t[k] === 'string' ? (t[k] as string) : undefined);
  return { charges: t.charges, dispositions: pick('dispositions'), sentences: pick('sentences'), caseNumber: pick('caseNumber'), court: pick('court') };
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 500) : undefined;
}

/** What undo writes back: each filled field's value from before the fill. */
function undoSteps(steps: FillStep[], report: FillReport): FillStep[] {
  return report.outcomes.flatMap((o, i) => {
    const previous = (o as { previous?: string }).previous;
    const step = steps[i];
    if (o.outcome !== 'filled' || previous === undefined || !step) return [];
    // A radio button cannot be unchecked by clicking it: leave radios as they are.
    if (step.kind === 'radio') return [];
    return [{ ...step, value: previous, option: step.kind === 'select' || step.kind === 'combobox' ? { label: previous } : undefined }];
  });
}

const ok = <T,>(data: T): AgentReply<T> => ({ ok: true, data });
