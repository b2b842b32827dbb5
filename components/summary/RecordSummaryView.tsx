import { useMemo, useState } from 'react';
import type { Case } from '@/lib/model';
import { buildRecordSummary } from '@/lib/summary/record-summary';
import { VerdictBadge } from '../record/VerdictBadge';
import { downloadFile, fileSafe } from '../ui/download';

/**
 * The record at a glance, grouped by county and case, with verdicts, prior relief and open
 * questions. "Print" uses the browser's print dialog (print styles hide the panel chrome);
 * "Download PDF" builds the same summary with the packet's PDF layer, loaded only then.
 */
export function RecordSummaryView({ caseValue, asOf }: { caseValue: Case; asOf: string }) {
  const summary = useMemo(() => buildRecordSummary(caseValue, { asOf }), [caseValue, asOf]);
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
      setError(`The PDF could not be built: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="record-summary" data-testid="record-summary">
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void downloadPdf()}>
          {busy ? 'Building PDF…' : 'Download PDF'}
        </button>
      </div>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <header>
        <h2>Criminal record summary</h2>
        <p className="summary-client">
          <strong>{summary.client.name}</strong>
          {summary.client.dob ? ` · DOB ${summary.client.dob}` : ''}
          {summary.client.cii ? ` · CII ${summary.client.cii}` : ''}
          {summary.client.aliases.length ? ` · also known as ${summary.client.aliases.join(', ')}` : ''}
        </p>
        <p className="hint">
          Trafficking periods: {summary.traffickingPeriods.length ? summary.traffickingPeriods.map((p) => `${p.from} to ${p.to}`).join('; ') : 'none entered'}. As of{' '}
          {summary.asOf}: {summary.counts.total} entries, {summary.counts.candidate} candidate, {summary.counts.review} need review,{' '}
          {summary.counts.ineligible} not eligible.
        </p>
      </header>
      {summary.counties.map((county) => (
        <section key={county.county} className="summary-county">
          <h3>{county.label}</h3>
          {county.cases.map((c) => (
            <div key={`${county.county}-${c.caseNumber}-${c.firstDate}`} className="summary-case">
              <h4>
                {c.caseNumber ? `Case ${c.caseNumber}` : 'No case number'}
                {c.courts.length ? ` · ${c.courts.join('; ')}` : ''}
                {c.agencies.length ? ` · ${c.agencies.join('; ')}` : ''}
              </h4>
              <table>
                <tbody>
                  {c.entries.map((e) => (
                    <tr key={e.eventId}>
                      <td className="nowrap">{e.date || 'no date'}</td>
                      <td>
                        <strong>{e.offense}</strong> {e.level} · {e.kind}
                        {e.description ? <div className="muted">{e.description}</div> : null}
                        {e.disposition ? <div className="muted">{e.disposition}</div> : null}
                        {e.priorRelief.map((r, i) => (
                          <div key={i} className="relief">
                            Prior relief: {r.label} {r.cite ? <cite>{r.cite}</cite> : null}
                          </div>
                        ))}
                        {e.dismissals.map((d, i) => (
                          <div key={`d${i}`} className="summary-dismissal muted">
                            Dismissal: {d.label} {d.cite ? <cite>{d.cite}</cite> : null}
                            {d.date ? ` on ${d.date}` : ''}. {d.note.text} <cite>{d.note.cite}</cite>
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
          ))}
        </section>
      ))}
      {summary.openQuestions.length ? (
        <section className="summary-questions">
          <h3>Open questions</h3>
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
      <footer className="hint">Screening is a starting point for the attorney, not legal advice. Confidential: about a survivor of human trafficking.</footer>
    </article>
  );
}
