import { useEffect, useMemo, useState } from 'react';
import type { AdaptersClient } from '@/lib/case-client';
import type { Case } from '@/lib/model';
import type { CollectedField, FillReport, Plan, Question, Snapshot } from '@/lib/autofill/types';
import { adapterProbes, currentStep, plan as makePlan } from '@/lib/autofill/plan';
import { caseValues } from '@/lib/autofill/sources';
import type { Adapter } from '@/lib/portals/schema';
import { originPattern, type ActivePage, type PortalAccess } from '@/lib/extension/portal-access';
import { FillReportView } from './FillReportView';
import { PlanPreview, type EditableStep } from './PlanPreview';
import { TeachMode } from './TeachMode';
import { ChargesImport } from './ChargesImport';
import type { ScrapeResult } from '@/lib/autofill/scrape';
import { teachAdapter } from './teach-adapter';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';
import { useBusyStep } from '../ui/use-busy-step';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  access: PortalAccess;
  adapters: AdaptersClient;
  /** The adapter for a URL among the built-in and the user's own (lib/portals/registry). */
  adapterFor(url: string, user: Adapter[]): Adapter | null;
  audit(action: 'fill' | 'import', detail: string, fields?: string[]): void;
}

type Reading = { page: ActivePage; snapshot: Snapshot; adapter: Adapter | null; plan: Plan };

/**
 * Fill a portal form from the case, like a password manager's fill: read the page (only when
 * asked), preview every planned value, fill only what the user kept, report per field, undo.
 * On a site the extension has no access to, "Allow on this site" asks for that one origin.
 */
export function FillPanel({ caseValue, update, access, adapters, adapterFor, audit }: Props) {
  const { t } = useI18n();
  const [page, setPage] = useState<ActivePage | null | undefined>(undefined);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [steps, setSteps] = useState<EditableStep[]>([]);
  const [questions, setQuestions] = useState<Question[]>([]);
  const [report, setReport] = useState<FillReport | null>(null);
  const [teach, setTeach] = useState(false);
  const { busy, error, setError, run } = useBusyStep();
  const pattern = page?.url ? originPattern(page.url) : null;


  const lookAtTab = () =>
    run(t('fill_looking'), async () => {
      setReading(null);
      setReport(null);
      const p = await access.activePage();
      setPage(p);
      const pat = p?.url ? originPattern(p.url) : null;
      setAllowed(pat ? await access.hasAccess(pat) : null);
    });

  useEffect(() => void lookAtTab(), []);

  const readPage = () =>
    run(t('fill_reading'), async () => {
      // Marks for `npm run bench` (collect + plan, then fill), read from the side panel page.
      performance.mark('fill:read-start');
      const [active, user] = await Promise.all([access.activePage(), adapters.list()]);
      const p = active ?? page;
      if (!p?.url) throw new Error(t('fill_unreadable'));
      setPage(p);
      const adapter = adapterFor(p.url, user);
      const snapshot = await access.ask<Snapshot>(p.tabId, { type: 'agent/collect', probe: adapter ? adapterProbes(adapter) : undefined });
      const planned = makePlan(snapshot, caseValue, adapter);
      performance.measure('fill:read', 'fill:read-start');
      setReading({ page: p, snapshot, adapter, plan: planned });
      setSteps(planned.steps.map((s) => ({ ...s, keep: s.confidence >= 0.5 })));
      setQuestions(planned.questions);
      setReport(null);
    });

  const fillNow = () =>
    run(t('fill_filling'), async () => {
      if (!reading) return;
      const kept = steps.filter((s) => s.keep).map(({ keep: _keep, ...s }) => s);
      performance.mark('fill:fill-start');
      const result = await access.ask<FillReport>(reading.page.tabId, { type: 'agent/fill', expectedUrl: reading.plan.url, steps: kept });
      performance.measure('fill:fill', 'fill:fill-start');
      setReport(result);
      const filled = result.outcomes.filter((o) => o.outcome === 'filled');
      audit('fill', `${host(reading.plan.url)}${reading.plan.step ? `, step "${reading.plan.step}"` : ''}: ${filled.length} of ${kept.length} fields filled.`, filled.map((o) => o.label));
    });

  const undo = () =>
    run(t('fill_undoing'), async () => {
      if (!reading) return;
      setReport(await access.ask<FillReport>(reading.page.tabId, { type: 'agent/undo', expectedUrl: reading.plan.url }));
    });

  const hover = (selector: string | null) => {
    if (reading) void access.ask(reading.page.tabId, { type: 'agent/highlight', selector }).catch(() => {});
  };

  const answer = (q: Question, choice: string) => {
    const field = reading?.snapshot.fields.find((f) => f.selector === q.selector);
    setQuestions((qs) => qs.filter((x) => x !== q));
    setSteps((s) => [...s, { selector: q.selector, label: q.label, source: q.source, value: choice, confidence: 1, reason: 'chosen in the panel', kind: field?.kind ?? 'text', keep: true }]);
  };

  const kept = steps.filter((s) => s.keep).length;
  const unplanned: CollectedField[] = useMemo(() => {
    if (!reading) return [];
    const planned = new Set([...steps.map((s) => s.selector), ...questions.map((q) => q.selector)]);
    return reading.snapshot.fields.filter((f) => !f.never && f.visible && !planned.has(f.selector));
  }, [reading, steps, questions]);

  const sources = useMemo(
    () =>
      Object.entries(caseValues(caseValue))
        .map(([source, sample]) => ({ source, sample }))
        .sort((a, b) => a.source.localeCompare(b.source)),
    [caseValue],
  );

  const saveTaught = async (mappings: { selector: string; source: string }[]) => {
    if (!reading) return;
    const step = reading.adapter ? currentStep(reading.adapter, reading.snapshot)?.id : undefined;
    await adapters.save(teachAdapter(reading.plan.url, mappings, reading.adapter, step));
    setTeach(false);
    await readPage();
  };

  if (page === undefined) return <p className="muted">{t('fill_looking')}</p>;
  return (
    <section className="fill-panel" aria-label={t('fill_section')}>
      <p className="fill-page" data-testid="fill-page">
        {page?.url ? (
          <>
            <strong>{reading?.adapter?.name ?? host(page.url)}</strong>
            {reading?.plan.step ? <span> · {t('fill_step', reading.adapter?.steps.find((st) => st.id === reading.plan.step)?.title || reading.plan.step)}</span> : null}
            {reading && !reading.adapter ? <span className="muted"> · {t('fill_no_adapter')}</span> : null}
          </>
        ) : (
          t('fill_no_site')
        )}{' '}
        <button type="button" className="link" onClick={() => void lookAtTab()}>
          {t('fill_check_again')}
        </button>
      </p>
      {page?.url && pattern && allowed === false ? (
        <div className="card">
          <p>{t('fill_no_access', host(page.url))}</p>
          <button
            type="button"
            className="primary"
            onClick={() =>
              // permissions.request must run inside the click itself (the user gesture).
              void access.requestAccess(pattern).then(setAllowed, (e: Error) => setError(e.message))
            }
          >
            {t('fill_allow', host(page.url))}
          </button>
        </div>
      ) : null}
      {page?.url && allowed ? (
        <div className="actions">
          <button type="button" className={reading ? '' : 'primary'} disabled={!!busy} onClick={() => void readPage()}>
            {reading ? t('fill_read_again') : t('fill_read')}
          </button>
        </div>
      ) : null}
      {busy ? (
        <p className="muted" role="status">
          {busy}
        </p>
      ) : null}
      <ErrorAlert message={error} />
      {reading ? (
        <>
          {steps.length ? (
            <PlanPreview steps={steps} questions={questions} onChange={setSteps} onAnswer={answer} onHover={hover} />
          ) : (
            <p className="muted">
              {reading.snapshot.fields.length === 0 ? t('fill_no_fields') : questions.length ? t('fill_no_match_questions') : t('fill_no_match')}
            </p>
          )}
          {reading.plan.unfilled.length ? (
            <details className="fill-unfilled">
              <summary>{reading.plan.unfilled.length === 1 ? t('fill_left_alone_one', 1) : t('fill_left_alone_other', reading.plan.unfilled.length)}</summary>
              <ul>
                {reading.plan.unfilled.map((u) => (
                  <li key={u.selector}>
                    {u.label || u.selector}: <span className="muted">{u.reason /* English, from lib/autofill */}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="actions" hidden={reading.snapshot.fields.length === 0}>
            <button type="button" className="primary" disabled={!!busy || !steps.some((s) => s.keep)} onClick={() => void fillNow()}>
              {kept === 1 ? t('fill_fill_one', kept) : t('fill_fill_other', kept)}
            </button>
            {report && !report.refused ? (
              <button type="button" disabled={!!busy} onClick={() => void undo()}>
                {t('fill_undo')}
              </button>
            ) : null}
            <button type="button" className="link" aria-expanded={teach} onClick={() => setTeach(!teach)}>
              {teach ? t('fill_teach_close') : t('fill_teach_open')}
            </button>
          </div>
          {report ? <FillReportView report={report} /> : null}
          {reading.adapter?.scrape || !steps.length ? (
            <ChargesImport
              caseValue={caseValue}
              update={update}
              audit={audit}
              read={() => access.ask<ScrapeResult>(reading.page.tabId, { type: 'agent/scrape', scrape: reading.adapter?.scrape })}
            />
          ) : null}
          {teach ? <TeachMode fields={unplanned} sources={sources} onHover={hover} onSave={saveTaught} /> : null}
        </>
      ) : null}
    </section>
  );
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
