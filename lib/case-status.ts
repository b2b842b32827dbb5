/**
 * Where a case stands: the latest dated milestone (issue 13's steps), in words for the case list
 * and the overview (issue 14). Pure: no clock; a milestone counts as reached once it has a date.
 */
import { MILESTONE_KEYS, type MilestoneKey, type Milestones } from '@/lib/model';

/** Each milestone as the panel names it. */
export const MILESTONE_LABELS: Record<MilestoneKey, string> = {
  recordRequested: 'Record requested',
  rapReceived: 'RAP sheet received',
  filed: 'Petition filed',
  served: 'Agencies served',
  hearing: 'Hearing',
  order: 'Order entered',
  dojSealingConfirmed: 'DOJ sealing confirmed',
};

export interface CaseStatus {
  /** The latest milestone with a date, or 'intake' when none has one yet. */
  key: MilestoneKey | 'intake';
  label: string;
  /** YYYY-MM-DD, '' for intake. */
  date: string;
}

/**
 * The furthest step along the case's path that has a date (a later step wins over an earlier one,
 * whatever their dates), or "Intake".
 * @example caseStatus({ recordRequested: '2026-01-05', rapReceived: '2026-01-20' }) // { key: 'rapReceived', label: 'RAP sheet received', date: '2026-01-20' }
 * @example caseStatus(undefined).label // 'Intake'
 */
export function caseStatus(milestones: Partial<Milestones> | undefined): CaseStatus {
  for (let i = MILESTONE_KEYS.length - 1; i >= 0; i--) {
    const key = MILESTONE_KEYS[i]!;
    const date = milestones?.[key];
    if (typeof date === 'string' && date) return { key, label: MILESTONE_LABELS[key], date };
  }
  return { key: 'intake', label: 'Intake', date: '' };
}
