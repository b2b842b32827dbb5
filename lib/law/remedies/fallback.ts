/**
 * Fallbacks are the general remedies an attorney considers when vacatur does not fit (the verdict
 * is review or ineligible). They are California remedies, so federal and out-of-state entries
 * never get them.
 */
import type { RuleContext } from './context';
import type { EventFacts } from '../facts';

export function isFallbackCase(f: EventFacts, ctx: RuleContext): boolean {
  return ctx.vacatur.fit !== 'candidate' && f.jurisdiction === 'california';
}
