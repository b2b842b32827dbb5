/**
 * What every remedy rule receives besides the event's facts. Rules are pure: they never read
 * the clock (asOf is passed in) and never touch storage.
 */
import type { Trafficking } from '@/lib/model';
import type { EventFacts } from '../facts';
import type { Fit, Listing, Question, Reason, RemedyId, RemedyResult, Verdict } from '../types';

/** The PC 236.14 analysis of one event, which other rules read (fallbacks apply when it is not a candidate). */
export interface VacaturAnalysis {
  fit: Fit;
  verdict: Verdict;
  /** Why: the nonviolent test, the trafficking period, serious status. */
  reasons: Reason[];
  questions: Question[];
  violent: Listing | null;
  serious: Listing | null;
  /** The count is violent under § 667.5(c) (false when it is nonviolent or undecided). */
  isViolent: boolean;
}

export interface RuleContext {
  asOf: string;
  clientDob: string;
  trafficking: Pick<Trafficking, 'periods' | 'ipvOrSexualViolence'>;
  vacatur: VacaturAnalysis;
}

export type RemedyRule = (f: EventFacts, ctx: RuleContext) => RemedyResult;

const IDS: RemedyId[] = ['PC 236.14', 'PC 236.15', 'PC 653.29', 'PC 1203.49', 'PC 1170.22', 'PC 1203.47', 'PC 1203.4', 'PC 1203.4a', 'PC 1203.41', 'PC 1203.42', 'PC 1170.18', 'PC 17(b)', 'PC 851.91', 'PC 1473.7', '18 USC 3771A'];

/** Shared "does not fit" results (screen() drops them), so rules allocate nothing for the common case. */
export const NO_FIT = Object.fromEntries(IDS.map((id) => [id, Object.freeze({ id, fit: 'no' as const, reasons: Object.freeze([]) as unknown as Reason[] })])) as Record<RemedyId, RemedyResult>;

/** A constant result, built once and frozen (shared by every item it applies to). */
export function fixed(id: RemedyId, fit: Fit, reasons: Reason[]): RemedyResult {
  Object.freeze(reasons);
  return Object.freeze({ id, fit, reasons });
}
