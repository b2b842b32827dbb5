import type { Verdict } from '@/lib/law/types';
import { useI18n } from '../ui/i18n';

/** Each verdict as the panel names it (record catalog). */
export const VERDICT_MESSAGES: Record<Verdict, string> = {
  candidate: 'record_verdict_candidate',
  review: 'record_verdict_review',
  ineligible: 'record_verdict_ineligible',
};

const ICON: Record<Verdict, string> = { candidate: '✓', review: '?', ineligible: '✕' };

/** The vacatur verdict as colour plus an icon and words (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {t(VERDICT_MESSAGES[verdict])}
    </span>
  );
}
