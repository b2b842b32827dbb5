import { eventFacts } from '@/lib/law/facts';
import { analyzeVacatur, type RuleContext } from '@/lib/law/remedies';
import type { RemedyRule } from '@/lib/law/remedies/context';
import type { CaseEvent } from '@/lib/model';
import { AS_OF, PERIODS, ev } from '../helpers';

/** Runs one remedy rule on an event the way screen() does. */
export function apply(rule: RemedyRule, partial: Partial<CaseEvent>, opts: { asOf?: string; clientDob?: string; ipv?: boolean; periods?: typeof PERIODS } = {}) {
  const f = eventFacts(ev(partial));
  const trafficking = { periods: opts.periods ?? PERIODS, ipvOrSexualViolence: opts.ipv ?? false };
  const ctx: RuleContext = { asOf: opts.asOf ?? AS_OF, clientDob: opts.clientDob ?? '', trafficking, vacatur: analyzeVacatur(f, trafficking) };
  return rule(f, ctx);
}
