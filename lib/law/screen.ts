/**
 * screen(): for every arrest, conviction and adjudication of a case, the vacatur verdict under
 * PC 236.14, the remedies that fit and the reasons. Pure: the date comes in as `asOf`.
 */
import type { CaseBody, CaseEvent, Trafficking } from '@/lib/model';
import { eventFacts } from './facts';
import { REMEDY_RULES, analyzeVacatur, type RuleContext } from './remedies';
import type { RemedyResult, ScreenItem, ScreenOptions, ScreenResult } from './types';

type TraffickingFacts = Pick<Trafficking, 'periods'> & Partial<Pick<Trafficking, 'ipvOrSexualViolence'>>;

/**
 * Screens one event; the panel calls this to recompute a single row after an answer changes.
 * @example screenEvent(event, { periods: [{ from: '2012-01-01', to: '2015-12-31' }] }, { asOf: '2026-03-01' }).verdict
 */
export function screenEvent(event: CaseEvent, trafficking: TraffickingFacts, opts: ScreenOptions): ScreenItem {
  const f = eventFacts(event);
  const t = { periods: trafficking.periods ?? [], ipvOrSexualViolence: trafficking.ipvOrSexualViolence ?? false };
  const vacatur = analyzeVacatur(f, t);
  const ctx: RuleContext = { asOf: opts.asOf, clientDob: opts.clientDob ?? '', trafficking: t, vacatur };
  const remedies: RemedyResult[] = [];
  for (const rule of REMEDY_RULES) {
    const r = rule(f, ctx);
    if (r.fit !== 'no') remedies.push(r);
  }
  return {
    eventId: event.id,
    event: event.kind,
    date: f.date,
    code: f.code,
    section: (event.section ?? '').trim(),
    description: (event.description ?? '').trim() || f.entry?.title || '',
    level: f.level,
    verdict: vacatur.verdict,
    remedies,
    reasons: vacatur.reasons,
    questions: vacatur.verdict === 'review' ? vacatur.questions : [],
    serious: vacatur.serious,
    violent: vacatur.violent,
  };
}

/**
 * Screens every event of a case, in order.
 * @example screen(caseBody, { asOf: '2026-03-01' }).counts // { candidate: 6, review: 2, ineligible: 1 }
 */
export function screen(body: Pick<CaseBody, 'events' | 'trafficking'> & Partial<Pick<CaseBody, 'client'>>, opts: ScreenOptions): ScreenResult {
  const clientDob = opts.clientDob ?? body.client?.dob ?? '';
  const o: ScreenOptions = { asOf: opts.asOf, clientDob };
  const trafficking = body.trafficking ?? { periods: [], ipvOrSexualViolence: false };
  const items: ScreenItem[] = new Array(body.events.length);
  const counts = { candidate: 0, review: 0, ineligible: 0 };
  for (let i = 0; i < body.events.length; i++) {
    const item = screenEvent(body.events[i]!, trafficking, o);
    items[i] = item;
    counts[item.verdict]++;
  }
  return { items, counts };
}
