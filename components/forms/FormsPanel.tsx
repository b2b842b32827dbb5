import { useEffect, useState } from 'react';
import type { FieldKind } from '@/lib/autofill/types';
import type { FilledForm } from '@/lib/forms/fill-planned';
import type { OpenedForm } from '@/lib/forms/open-form';
import type { PdfFieldType } from '@/lib/forms/read';
import { clientInitials, milestonesOf, setMilestone, type Case, type MilestoneKey } from '@/lib/model';
import { Milestones } from '../case/Milestones';
import { PlanPreview, type EditableStep } from '../fill/PlanPreview';
import { PagePreview } from '../packet/PagePreview';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileButton } from '../ui/FileButton';
import { downloadFile, fileSafe } from '../ui/download';
import { useI18n } from '../ui/i18n';
import { FormWarnings } from './FormWarnings';
import './forms.css';
import { useBusyStep } from '../ui/use-busy-step';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Today, YYYY-MM-DD: the date a milestone is recorded on. */
  asOf: string;
  audit(action: 'fill', detail: string, fields?: string[]): void;
}

type Opened = Extract<OpenedForm, { ok: true }> & { fileName: string; bytes: Uint8Array };

/** What recording a known form's milestone is called (a filled DOJ record-review request). */
const OFFERS: Partial<Record<MilestoneKey, string>> = { recordRequested: 'forms_offer_recordRequested' };

const kindOf = (t: PdfFieldType | undefined): FieldKind => (t === 'checkbox' ? 'checkbox' : t === 'radio' ? 'radio' : t === 'choice' ? 'select' : 'text');

/**
 * Fill an official PDF form (a DOJ record-review request, a Judicial Council form) from the case:
 * the user opens the PDF they downloaded (file picker or drop), checks the plan (keep or skip,
 * edit a value), fills, looks at page 1 and downloads `<initials>_<form>.pdf`. pdfjs and pdf-lib
 * load only when a form is opened; nothing leaves this computer.
 */
export function FormsPanel({ caseValue, update, asOf, audit }: Props) {
  const { t, date } = useI18n();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [steps, setSteps] = useState<EditableStep[]>([]);
  const [result, setResult] = useState<(FilledForm & { name: string }) | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const { busy, error, run } = useBusyStep();
  const [over, setOver] = useState(false);

  // A file dropped beside the drop zone would make the panel navigate to it (and lose the case).
  useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);


  const open = (file: File) =>
    run(t('forms_reading'), async () => {
      setOpened(null);
      setResult(null);
      setDownloaded(false);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { openForm } = await import('@/lib/forms/open-form');
      const o = await openForm(bytes, caseValue);
      if (!o.ok) throw new Error(t('forms_problem', file.name, o.problem));
      const types = new Map(o.form.fields.map((f) => [f.name, f.type]));
      setOpened({ ...o, fileName: file.name, bytes });
      setSteps(
        o.plan.steps.map((s) => ({
          selector: s.field,
          label: s.label || s.field,
          source: s.source,
          value: s.value,
          confidence: s.confidence,
          reason: s.reason,
          kind: kindOf(types.get(s.field)),
          keep: s.confidence >= 0.5,
        })),
      );
    });

  const formName = opened ? (opened.known ? fileSafe(opened.known.number) : fileSafe(opened.fileName.replace(/\.pdf$/i, ''))) : '';
  const initials = fileSafe(clientInitials(caseValue.client).replace(/[^\p{L}\p{N}]/gu, '') || 'client');

  const fill = () =>
    run(t('forms_filling'), async () => {
      if (!opened) return;
      const [{ fillPlanned }, { loadBundledFonts }] = await Promise.all([import('@/lib/forms/fill-planned'), import('@/lib/packet/fonts-web')]);
      const planned = new Map(opened.plan.steps.map((s) => [s.field, s]));
      const edited = steps.map((s) => ({ ...planned.get(s.selector)!, value: s.value, keep: s.keep }));
      const out = await fillPlanned(opened.bytes, opened.form, opened.plan, edited, { fonts: loadBundledFonts() });
      setResult({ ...out, name: `${initials}_${formName}.pdf` });
      setDownloaded(false);
      audit('fill', `PDF form ${opened.known?.number ?? opened.fileName}: ${out.filled.length} of ${opened.plan.total} fields filled.`, out.filled.map((s) => s.label));
    });

  const milestone = opened?.known?.milestone;
  const recorded = milestone ? milestonesOf(caseValue)[milestone] : '';
  const tooLong = opened?.plan.unfilled.filter((u) => /longer than the field allows/.test(u.reason)) ?? [];
  const refused = result ? result.unfilled.filter((u) => !opened?.plan.unfilled.includes(u) && u.reason !== 'left out') : [];
  const kept = steps.filter((s) => s.keep).length;

  return (
    <section className="forms-panel" aria-label={t('forms_title')}>
      <h2>{t('forms_title')}</h2>
      <p className="hint">{t('forms_hint')}</p>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        data-testid="form-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer.files[0];
          if (f) void open(f);
        }}
      >
        <span>{t('forms_drop')}</span>{' '}
        <FileButton accept=".pdf,application/pdf" testId="form-file" className={opened ? '' : 'primary'} onFile={(f) => void open(f)}>
          {t('forms_open')}
        </FileButton>
      </div>
      {busy ? (
        <p className="muted" role="status">
          {busy}
        </p>
      ) : null}
      <ErrorAlert message={error} />
      {opened ? (
        <>
          <p className="form-name" data-testid="form-name">
            <strong>{opened.fileName}</strong> · {opened.known ? opened.known.name : <span className="muted">{t('forms_unknown')}</span>} ·{' '}
            {t('forms_planned', opened.plan.steps.length, opened.plan.total)}
          </p>
          <FormWarnings
            label={t('forms_before')}
            items={[...(opened.hasXfa ? [t('forms_xfa')] : []), ...tooLong.map((u) => t('forms_left_empty', u.label || u.field, u.reason))]}
          />
          {steps.length ? <PlanPreview steps={steps} questions={[]} onChange={setSteps} onAnswer={() => {}} onHover={() => {}} /> : <p className="muted">{t('forms_nothing')}</p>}
          {opened.plan.unfilled.length ? (
            <details className="fill-unfilled">
              <summary>{t('forms_unfilled', opened.plan.unfilled.length)}</summary>
              <ul>
                {opened.plan.unfilled.map((u) => (
                  <li key={u.field}>
                    {u.label || u.field}: <span className="muted">{u.reason}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="actions">
            <button type="button" className="primary" disabled={!!busy || !kept} onClick={() => void fill()}>
              {kept === 1 ? t('forms_fill_one') : t('forms_fill_other', kept)}
            </button>
          </div>
        </>
      ) : null}
      {opened && result ? (
        <div className="card form-result" data-testid="form-result">
          <p role="status">{t('forms_filled', result.filled.length, opened.plan.total)}</p>
          <FormWarnings
            label={t('forms_warnings')}
            items={[...result.warnings.map((w) => t('forms_note', w)), ...refused.map((u) => t('forms_left_empty', u.label || u.field, u.reason))]}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                downloadFile(result.name, result.bytes, 'application/pdf');
                setDownloaded(true);
              }}
            >
              {t('forms_download', result.name)}
            </button>
          </div>
          {downloaded && milestone && OFFERS[milestone] ? (
            recorded === asOf ? (
              <p className="ok-text" role="status">
                {t('forms_recorded', date(recorded))}
              </p>
            ) : (
              <div className="actions">
                <button type="button" onClick={() => update((c) => setMilestone(c, milestone, asOf))}>
                  {t(OFFERS[milestone])}
                </button>
                {recorded ? <span className="hint">{t('forms_on_case', date(recorded))}</span> : null}
              </div>
            )
          ) : null}
          <PagePreview bytes={result.bytes} width={300} />
        </div>
      ) : null}
      <Milestones caseValue={caseValue} update={update} />
    </section>
  );
}
