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
import { FormWarnings } from './FormWarnings';
import './forms.css';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Today, YYYY-MM-DD: the date a milestone is recorded on. */
  asOf: string;
  audit(action: 'fill', detail: string, fields?: string[]): void;
}

type Opened = Extract<OpenedForm, { ok: true }> & { fileName: string; bytes: Uint8Array };

/** What recording a known form's milestone is called (a filled DOJ record-review request). */
const OFFERS: Partial<Record<MilestoneKey, string>> = { recordRequested: 'Record the request as made today' };

const kindOf = (t: PdfFieldType | undefined): FieldKind => (t === 'checkbox' ? 'checkbox' : t === 'radio' ? 'radio' : t === 'choice' ? 'select' : 'text');

/**
 * Fill an official PDF form (a DOJ record-review request, a Judicial Council form) from the case:
 * the user opens the PDF they downloaded (file picker or drop), checks the plan (keep or skip,
 * edit a value), fills, looks at page 1 and downloads `<initials>_<form>.pdf`. pdfjs and pdf-lib
 * load only when a form is opened; nothing leaves this computer.
 */
export function FormsPanel({ caseValue, update, asOf, audit }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [steps, setSteps] = useState<EditableStep[]>([]);
  const [result, setResult] = useState<(FilledForm & { name: string }) | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
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

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const open = (file: File) =>
    run('Reading the form…', async () => {
      setOpened(null);
      setResult(null);
      setDownloaded(false);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { openForm } = await import('@/lib/forms/open-form');
      const o = await openForm(bytes, caseValue);
      if (!o.ok) throw new Error(`${file.name}: ${o.problem}.`);
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
    run('Filling…', async () => {
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
    <section className="forms-panel" aria-label="Fill a PDF form">
      <h2>Fill a PDF form</h2>
      <p className="hint">
        Open a fillable form you downloaded (a DOJ record-review request, a Judicial Council form). It is read and filled on this computer; nothing is
        sent anywhere.
      </p>
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
        <span>Drop a PDF form here, or</span>{' '}
        <FileButton accept=".pdf,application/pdf" testId="form-file" className={opened ? '' : 'primary'} onFile={(f) => void open(f)}>
          Open a PDF form…
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
            <strong>{opened.fileName}</strong> · {opened.known ? opened.known.name : <span className="muted">not a known form: fields matched by their labels</span>} ·{' '}
            {opened.plan.steps.length} of {opened.plan.total} fields planned
          </p>
          <FormWarnings
            label="Before filling"
            items={[
              ...(opened.hasXfa ? ['This form has an XFA layer: it is removed when the form is filled, so that every PDF viewer shows the values.'] : []),
              ...tooLong.map((u) => `${u.label || u.field}: ${u.reason}; left empty.`),
            ]}
          />
          {steps.length ? <PlanPreview steps={steps} questions={[]} onChange={setSteps} onAnswer={() => {}} onHover={() => {}} /> : <p className="muted">Nothing on this form matches the case.</p>}
          {opened.plan.unfilled.length ? (
            <details className="fill-unfilled">
              <summary>{opened.plan.unfilled.length} fields left empty</summary>
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
              Fill {kept} fields
            </button>
          </div>
        </>
      ) : null}
      {opened && result ? (
        <div className="card form-result" data-testid="form-result">
          <p role="status">
            Filled {result.filled.length} of {opened.plan.total} fields.
          </p>
          <FormWarnings label="Warnings" items={[...result.warnings.map((w) => `Note: ${w}.`), ...refused.map((u) => `${u.label || u.field}: ${u.reason}; left empty.`)]} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                downloadFile(result.name, result.bytes, 'application/pdf');
                setDownloaded(true);
              }}
            >
              Download {result.name}
            </button>
          </div>
          {downloaded && milestone && OFFERS[milestone] ? (
            recorded === asOf ? (
              <p className="ok-text" role="status">
                Recorded on the case: request made {recorded}.
              </p>
            ) : (
              <div className="actions">
                <button type="button" onClick={() => update((c) => setMilestone(c, milestone, asOf))}>
                  {OFFERS[milestone]}
                </button>
                {recorded ? <span className="hint">On the case now: request made {recorded}</span> : null}
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
