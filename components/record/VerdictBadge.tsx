import type { Verdict } from '@/lib/law/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  candidate: 'Candidate',
  review: 'Needs review',
  ineligible: 'Not eligible',
};

const ICON: Record<Verdict, string> = { candidate: '✓', review: '?', ineligible: '✕' };

/** The vacatur verdict as colour plus an icon and words (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge badge--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {VERDICT_LABEL[verdict]}
    </span>
  );
}
