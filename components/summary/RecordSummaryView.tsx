import { useMemo, useState } from 'react';
import type { Case } from '@/lib/model';
import { buildRecordSummary } from '@/lib/summary/record-summary';
import { VerdictBadge } from '../record/VerdictBadge';
import { downloadFile, fileSafe } from '../ui/download';
import { useI18n } from '../ui/i18n';
import { useProgressiveLimit } from '../ui/use-progressive';

/** Entries in the tab's first frame; the rest follow one frame later (components/ui/use-progressive.ts). */
const FIRST_ENTRIES = 40;

/**
 * The record at a glance, grouped by county and case, with verdicts, prior relief and open
 * questions. "Print" uses the browser's print dialog (print styles hide the panel chrome);
 * "Download PDF" builds the same summary with the packet's PDF layer, loaded only then.
 */
export function RecordSummaryView({ caseValue, asOf }: { caseValue: Case; asOf: string }) {
  const { t, date } = useI18n();
  const summary = useMemo(() => buildRecordSummary(caseValue, { asOf }), [caseValue, asOf]);
  const periods = summary.traffickingPeriods.length
    ? summary.traffickingPeriods.map((p) => t('summary_period', date(p.from), date(p.to))).join('; ')
    : t('summary_periods_none');
  const { total, candidate, review, ineligible } = summary.counts;
  const limit = useProgressiveLimit(FIRST_ENTRIES);
  // Where each case's entries start in reading order, so the first frame shows the first entries.
  const starts = useMemo(() => {
    let n = 0;
    return summary.counties.map((county) => county.cases.map((c) => ((n += c.entries.length), n - c.entries.length)));
  }, [summary]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const downloadPdf = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ renderRecordSummaryPdf }, { loadBundledFonts }] = await Promise.all([import('@/lib/packet/record-summary-pdf'), import('@/lib/packet/fonts-web')]);
      const bytes = await renderRecordSummaryPdf(summary, { fonts: loadBundledFonts(), asOf });
      downloadFile(`record-summary-${fileSafe(caseValue.client.lastName || caseValue.client.firstName)}-${asOf}.pdf`, bytes, 'application/pdf');
    } catch (e) {
      setError(t('summary_pdf_failed', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="record-summary" data-testid="record-summary">
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('summary_print')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void downloadPdf()}>
          {busy ? t('summary_pdf_building') : t('summary_pdf_download')}
        </button>
      </div>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <header>
        <h2>{t('summary_title')}</h2>
        <p className="summary-client">
          <strong>{summary.client.name}</strong>
          {summary.client.dob ? ` · ${t('summary_dob', date(summary.client.dob))}` : ''}
          {summary.client.cii ? ` · ${t('summary_cii', summary.client.cii)}` : ''}
          {summary.client.aliases.length ? ` · ${t('summary_aka', summary.client.aliases.join(', '))}` : ''}
        </p>
        <p className="hint">
          {t('summary_periods', periods)} {t('summary_counts', date(summary.asOf), total, candidate, review, ineligible)}
        </p>
      </header>
      {summary.counties.map((county, ci) =>
        (starts[ci]?.[0] ?? 0) >= limit ? null : (
        <section key={county.county} className="summary-county">
          <h3>{county.label}</h3>
          {county.cases.map((c, k) =>
            (starts[ci]?.[k] ?? 0) >= limit ? null : (
            <div key={`${county.county}-${c.caseNumber}-${c.firstDate}`} className="summary-case">
              <h4>
                {c.caseNumber ? t('summary_case', c.caseNumber) : t('summary_no_case_number')}
                {c.courts.length ? ` · ${c.courts.join('; ')}` : ''}
                {c.agencies.length ? ` · ${c.agencies.join('; ')}` : ''}
              </h4>
              <table>
                <tbody>
                  {c.entries.slice(0, Math.max(0, limit - (starts[ci]?.[k] ?? 0))).map((e) => (
                    <tr key={e.eventId}>
                      <td className="nowrap">{e.date ? date(e.date) : t('fill_no_date')}</td>
                      <td>
                        {/* Offense, disposition, relief and reasons come from lib/ in English for now. */}
                        <strong>{e.offense}</strong> {e.level} · {t(`ui_kind_${e.kind}`)}
                        {e.description ? <div className="muted">{e.description}</div> : null}
                        {e.disposition ? <div className="muted">{e.disposition}</div> : null}
                        {e.priorRelief.map((r, i) => (
                          <div key={i} className="relief">
                            {t('summary_prior_relief')} {r.label} {r.cite ? <cite>{r.cite}</cite> : null}
                          </div>
                        ))}
                        {e.dismissals.map((d, i) => (
                          <div key={`d${i}`} className="summary-dismissal muted">
                            {t('summary_dismissal')} {d.label} {d.cite ? <cite>{d.cite}</cite> : null}
                            {d.date ? ` ${t('summary_on_date', date(d.date))}` : ''}. {d.note.text} <cite>{d.note.cite}</cite>
                          </div>
                        ))}
                        {/* Every reason and warning, not only the first (a review often has several). */}
                        {e.reasons.map((r, i) => (
                          <div key={`r${i}`} className="summary-reason">
                            {r.text} {r.cite ? <cite>{r.cite}</cite> : null}
                          </div>
                        ))}
                      </td>
                      <td>
                        <VerdictBadge verdict={e.verdict} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            ),
          )}
        </section>
        ),
      )}
      {summary.openQuestions.length ? (
        <section className="summary-questions">
          <h3>{t('summary_open_questions')}</h3>
          <ol>
            {summary.openQuestions.map((q, i) => (
              <li key={`${q.id}-${q.eventId}-${i}`}>
                {q.text} <cite>{q.cite}</cite>
                {q.entry ? <span className="muted"> ({q.entry})</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <footer className="hint">{t('summary_footer')}</footer>
    </article>
  );
}
