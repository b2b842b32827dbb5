import { useEffect, useMemo, useRef, useState } from 'react';
import { screen } from '@/lib/law';
import type { Case } from '@/lib/model';
import type { PacketResult } from '@/lib/packet';
import { CheckboxField, TextAreaField, TextField } from '../ui/Field';
import { ExhibitList } from './ExhibitList';
import { useExhibits } from './use-exhibits';
import { MatterPicker } from './MatterPicker';
import { ServiceEditor } from './ServiceEditor';
import { prosecutorFor } from '@/lib/packet/prosecutor';
import { fullNameExhibits } from '@/lib/packet/full-name-exhibits';
import { emptyDrafting } from '@/lib/model';
import { DraftingEditor } from './DraftingEditor';
import { ClientSummaryView } from './ClientSummaryView';
import { PacketResults } from './PacketResults';
import { useI18n } from '../ui/i18n';
import { useProgressiveLimit } from '../ui/use-progressive';
import { CaseChecklist } from '../case/CaseChecklist';
import { VERDICT_MESSAGES } from '../record/VerdictBadge';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  asOf: string;
  /** Records what was done in the case's activity log. */
  audit?(action: 'import' | 'packet', detail: string): void;
}

type Progress = { done: number; total: number; label?: string } | null;

/** Everything the PC 236.14 packet needs, then one click to assemble it. */
export function PacketPanel({ caseValue, update, asOf, audit }: Props) {
  const { t, date } = useI18n();
  // Two fields per chosen matter: the first ones in the tab's first frame, the rest a frame later.
  const fieldLimit = useProgressiveLimit(12);
  const result = useMemo(() => screen(caseValue, { asOf }), [caseValue.events, caseValue.trafficking, caseValue.client.dob, asOf]);
  const items = useMemo(() => new Map(result.items.map((i) => [i.eventId, i])), [result]);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(result.items.filter((i) => i.verdict === 'candidate').map((i) => i.eventId)));
  const [useInitials, setUseInitials] = useState(true);
  const [finalBuild, setFinalBuild] = useState(false);
  const [refusedDraft, setRefusedDraft] = useState<string[] | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [packet, setPacket] = useState<PacketResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exhibits = useExhibits();
  /** "12/15/2014 PC 647(b)": an entry as a field label names it. */
  const entryLabel = (e: Case['events'][number]) => [e.date ? date(e.date) : '', e.code, e.section].filter(Boolean).join(' ');
  const assembling = useRef<AbortController | null>(null);
  useEffect(() => () => assembling.current?.abort(), []);
  // The packet, once ready, takes the focus: the Assemble button the user pressed is disabled while
  // it is built, and the downloads follow in the tab order (issue 14).
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!packet) return;
    // Never from a field the user went on typing in while the packet was built: those keys would be lost.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active.matches('input, textarea, select, [contenteditable="true"]')) return;
    resultRef.current?.focus();
  }, [packet]);

  const isPickable = (id: string) => items.get(id)?.verdict === 'candidate' || !!caseValue.events.find((e) => e.id === id)?.packetOverride?.reason?.trim();
  const chosen = caseValue.events.filter((e) => selected.has(e.id) && isPickable(e.id));
  const overridden = chosen.filter((e) => items.get(e.id)?.verdict !== 'candidate');
  const recordOverride = (id: string, reason: string | null) =>
    update((c) => ({
      ...c,
      events: c.events.map((x) => {
        if (x.id !== id) return x;
        if (reason === null) {
          const { packetOverride: _dropped, ...rest } = x;
          return rest as typeof x;
        }
        return { ...x, packetOverride: { reason, by: c.attorney.name, on: asOf } };
      }),
    }));

  const assemble = async () => {
    setError(null);
    setRefusedDraft(null);
    setPacket(null);
    setProgress({ done: 0, total: 1 });
    const controller = new AbortController();
    assembling.current = controller;
    try {
      // Built in the PDF worker (lib/workers), off this thread: typing stays responsive, exhibits past
      // the limits are skipped with a warning, and Cancel stops the worker at once.
      const { runPdfJob } = await import('@/lib/workers/pdf-worker-client');
      const out = await runPdfJob(
        'packet',
        { body: caseValue, asOf, eventIds: chosen.map((e) => e.id), useInitials, ...(await exhibits.packetFiles(caseValue)) },
        { signal: controller.signal, onProgress: (done, total, label) => setProgress({ done, total, ...(label ? { label } : {}) }) },
      );
      // A final build is what gets filed: refused while a placeholder, note or missing exhibit remains.
      if (finalBuild && out.draft.length > 0) {
        setError(out.draft.length === 1 ? t('packet_refused_one', 1) : t('packet_refused_other', out.draft.length));
        setRefusedDraft(out.draft);
        return;
      }
      setPacket(out);
      audit?.('packet', `Packet built: ${out.packets.length} count${out.packets.length === 1 ? 'y' : 'ies'}, ${chosen.length} matter${chosen.length === 1 ? '' : 's'}${out.overrides.length ? `, ${out.overrides.length} by attorney override` : ''}.`);
    } catch (e) {
      setError(controller.signal.aborted ? t('packet_cancelled') : t('packet_failed', (e as Error).message));
    } finally {
      if (assembling.current === controller) assembling.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="packet">
      <CaseChecklist caseValue={caseValue} screening={result} asOf={asOf} />
      <h2>{t('packet_matters')}</h2>
      <p className="hint">{t('packet_matters_hint')}</p>
      <MatterPicker
        events={caseValue.events}
        items={items}
        selected={selected}
        onOverride={recordOverride}
        onToggle={(id, on) =>
          setSelected((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />

      <h2>{t('packet_court_needs')}</h2>
      <TextAreaField
        label={t('packet_narrative')}
        rows={7}
        value={caseValue.trafficking.narrative}
        onChange={(narrative) => update((c) => ({ ...c, trafficking: { ...c.trafficking, narrative } }))}
        hint={t('packet_narrative_hint')}
      />
      {chosen.length ? <p className="hint">{t('packet_nexus_hint')}</p> : null}
      <div data-focus="nexus">
        {chosen.slice(0, fieldLimit).map((e) => (
          <TextAreaField
            key={e.id}
            label={t('packet_nexus', entryLabel(e), e.county || t('packet_county_unknown'))}
            rows={3}
            value={e.nexus}
            onChange={(nexus) => update((c) => ({ ...c, events: c.events.map((x) => (x.id === e.id ? { ...x, nexus } : x)) }))}
            hint={e.notes.trim() ? t('packet_notes_hint', e.notes.trim()) : undefined}
          />
        ))}
      </div>
      <div data-focus="agency">
        {chosen.slice(0, fieldLimit).map((e) => {
          const choice = prosecutorFor(e);
          return (
            <TextField
              key={`agency-${e.id}`}
              wide
              label={t('packet_agency', entryLabel(e))}
              value={e.prosecutingAgency}
              placeholder={choice.name}
              onChange={(prosecutingAgency) => update((c) => ({ ...c, events: c.events.map((x) => (x.id === e.id ? { ...x, prosecutingAgency } : x)) }))}
              hint={choice.entered ? undefined : t('packet_agency_hint', choice.name || t('packet_no_suggestion'), choice.basis)}
            />
          );
        })}
      </div>

      <h2>{t('packet_before_filing')}</h2>
      <p className="hint">{t('packet_before_filing_hint')}</p>
      <DraftingEditor caseValue={caseValue} update={update} chosen={chosen} />
      <ClientSummaryView caseValue={caseValue} matters={chosen} asOf={asOf} />

      <h2>{t('packet_court')}</h2>
      <div className="grid">
        <TextField wide label={t('packet_court')} value={caseValue.court.name} onChange={(name) => update((c) => ({ ...c, court: { ...c.court, name } }))} />
        <TextField label={t('record_case_number')} value={caseValue.court.caseNumber} onChange={(caseNumber) => update((c) => ({ ...c, court: { ...c.court, caseNumber } }))} />
        <TextField label={t('packet_department')} value={caseValue.court.department} onChange={(department) => update((c) => ({ ...c, court: { ...c.court, department } }))} />
      </div>
      <CheckboxField label={t('packet_initials')} checked={useInitials} onChange={setUseInitials} />
      <CheckboxField label={t('packet_final')} checked={finalBuild} onChange={setFinalBuild} />

      <h2>{t('packet_exhibits')}</h2>
      <ExhibitList caseValue={caseValue} update={update} />

      <h2>{t('packet_service')}</h2>
      <ServiceEditor caseValue={caseValue} update={update} asOf={asOf} />

      {overridden.length ? (
        <ul className="alert alert--warn" role="alert" data-testid="override-warnings">
          {overridden.map((e) => (
            <li key={e.id}>
              {t(
                'packet_override_warning',
                entryLabel(e),
                t(VERDICT_MESSAGES[items.get(e.id)?.verdict ?? 'review']),
                items.get(e.id)?.reasons[0]?.text ?? '',
                e.packetOverride?.reason ?? '',
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <FullNameExhibits caseValue={caseValue} update={update} />
      <div className="assemble">
        <button type="button" className="primary" disabled={chosen.length === 0 || progress !== null} onClick={() => void assemble()}>
          {chosen.length === 1 ? t('packet_assemble_one') : t('packet_assemble_other', chosen.length)}
        </button>
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t('packet_assembling')}>
              {progress.done}/{progress.total}
            </progress>
            <span role="status" data-testid="packet-progress">
              {progress.label ? t('packetResults_progress', progress.label, progress.done, progress.total) : `${progress.done}/${progress.total}`}
            </span>
            <button type="button" onClick={() => assembling.current?.abort()}>
              {t('packet_cancel')}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      {refusedDraft ? <DraftList draft={refusedDraft} open /> : null}
      {packet ? (
        <div className="packet-result" data-testid="packet-result" ref={resultRef} tabIndex={-1} role="region" aria-label={t('packet_result')}>
          {packet.draft.length ? <DraftList draft={packet.draft} /> : <p className="hint">{t('packet_draft_nothing')}</p>}
          {packet.warnings.length ? (
            <ul className="hint warn">
              {packet.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
          <PacketResults packet={packet} caseValue={caseValue} asOf={asOf} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * Before assembly: exhibits that may show the client's full name (Pen. Code § 236.14(q)). Each is
 * either marked redacted or lodged conditionally under seal, so nothing with the full name is
 * filed publicly by oversight.
 */
function FullNameExhibits({ caseValue, update }: Pick<Props, 'caseValue' | 'update'>) {
  const { t } = useI18n();
  const lodged = new Set((caseValue.drafting ?? emptyDrafting()).lodgedExhibitIds);
  const flagged = fullNameExhibits(caseValue.evidence);
  if (flagged.length === 0) return null;
  const setLodged = (id: string, on: boolean) =>
    update((c) => {
      const d = c.drafting ?? emptyDrafting();
      const ids = d.lodgedExhibitIds.filter((x) => x !== id);
      return { ...c, drafting: { ...d, lodgedExhibitIds: on ? [...ids, id] : ids } };
    });
  const markRedacted = (id: string) => update((c) => ({ ...c, evidence: c.evidence.map((e) => (e.id === id ? { ...e, showsFullName: false } : e)) }));
  return (
    <div className="alert alert--warn" role="group" aria-label={t('packet_fullname_group')} data-testid="full-name-exhibits">
      <p>
        <strong>{flagged.length === 1 ? t('packet_fullname_count_one', 1) : t('packet_fullname_count_other', flagged.length)}</strong> {t('packet_fullname_rule')}
      </p>
      <ul>
        {flagged.map((e) => (
          <li key={e.id}>
            {e.title || t('packet_exhibit_untitled', caseValue.evidence.indexOf(e) + 1)}:{' '}
            {lodged.has(e.id) ? (
              <>
                <span className="ok-text">{t('packet_lodged')}</span>{' '}
                <button type="button" className="link" onClick={() => setLodged(e.id, false)}>
                  {t('packet_file_publicly')}
                </button>
              </>
            ) : (
              <>
                <button type="button" onClick={() => setLodged(e.id, true)}>
                  {t('packet_lodge')}
                </button>{' '}
                <button type="button" onClick={() => markRedacted(e.id)}>
                  {t('packet_redacted')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "draft: N items to complete", with every item (county, document, page, line). */
function DraftList({ draft, open }: { draft: string[]; open?: boolean }) {
  const { t } = useI18n();
  return (
    <details className="alert alert--warn" open={open} data-testid="draft-items">
      <summary>{draft.length === 1 ? t('packet_draft_one', 1) : t('packet_draft_other', draft.length)}</summary>
      <ul>
        {draft.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ul>
    </details>
  );
}
