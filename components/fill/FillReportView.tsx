import type { FillReport } from '@/lib/autofill/types';
import { useI18n } from '../ui/i18n';

const WORD = { filled: 'fill_outcome_filled', skipped: 'fill_outcome_skipped', 'did-not-stick': 'fill_outcome_did_not_stick' } as const;

/** What happened to each field: filled, skipped and why, or did not stick. */
export function FillReportView({ report }: { report: FillReport }) {
  const { t } = useI18n();
  const filled = report.outcomes.filter((o) => o.outcome === 'filled').length;
  return (
    <div data-testid="fill-report" role="status">
      {report.refused ? <p className="alert alert--error">{t('fill_refused', report.refused)}</p> : <p>{t('fill_report', filled, report.outcomes.length)}</p>}
      <ul className="fill-outcomes">
        {report.outcomes.map((o) => (
          <li key={o.selector} data-outcome={o.outcome}>
            <strong>{t(WORD[o.outcome])}</strong> {o.label}
            {o.reason ? <span className="muted">: {o.reason}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
