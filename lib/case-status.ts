/**
 * Where a case stands: the latest dated milestone (issue 13's steps), for the case list and the
 * overview (issue 14), which word it in the user's language. Pure: no clock; a milestone counts
 * as reached once it has a date.
 */
import { MILESTONE_KEYS, type MilestoneKey, type Milestones } from '@/lib/model';

/** The status of a case: 'intake' before any milestone has a date. */
export type StatusKey = MilestoneKey | 'intake';

/** Each status as the panel names it: a message of the case catalog (lib/i18n/catalog/<lang>/case.json). */
export const STATUS_MESSAGES: Record<StatusKey, string> = {
  intake: 'case_status_intake',
  recordRequested: 'case_status_recordRequested',
  rapReceived: 'case_status_rapReceived',
  filed: 'case_status_filed',
  served: 'case_status_served',
  hearing: 'case_status_hearing',
  order: 'case_status_order',
  dojSealingConfirmed: 'case_status_dojSealingConfirmed',
};

export interface CaseStatus {
  /** The latest milestone with a date, or 'intake' when none has one yet. */
  key: StatusKey;
  /** YYYY-MM-DD, '' for intake. */
  date: string;
}

/**
 * The furthest step along the case's path that has a date (a later step wins over an earlier one,
 * whatever their dates), or intake.
 * @example caseStatus({ recordRequested: '2026-01-05', rapReceived: '2026-01-20' }) // { key: 'rapReceived', date: '2026-01-20' }
 * @example caseStatus(undefined).key // 'intake'
 */
export function caseStatus(milestones: Partial<Milestones> | undefined): CaseStatus {
  for (let i = MILESTONE_KEYS.length - 1; i >= 0; i--) {
    const key = MILESTONE_KEYS[i]!;
    const date = milestones?.[key];
    if (typeof date === 'string' && date) return { key, date };
  }
  return { key: 'intake', date: '' };
}
