import type { FillReport } from '@/lib/autofill/types';

const WORD = { filled: 'Filled', skipped: 'Skipped', 'did-not-stick': 'Did not stick' } as const;

/** What happened to each field: filled, skipped and why, or did not stick. */
export function FillReportView({ report }: { report: FillReport }) {
  const filled = report.outcomes.filter((o) => o.outcome === 'filled').length;
  return (
    <div data-testid="fill-report" role="status">
      {report.refused ? <p className="alert alert--error">Nothing was filled: {report.refused}.</p> : <p>{filled} of {report.outcomes.length} fields filled.</p>}
      <ul className="fill-outcomes">
        {report.outcomes.map((o) => (
          <li key={o.selector} data-outcome={o.outcome}>
            <strong>{WORD[o.outcome]}</strong> {o.label}
            {o.reason ? <span className="muted">: {o.reason}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
