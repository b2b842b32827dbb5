import type { Case, CaseEvent, Drafting, Hearing } from '@/lib/model';
import { emptyDrafting, hearingFor } from '@/lib/model';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** The matters going into the packet: one hearing per county (and per juvenile court). */
  chosen: readonly CaseEvent[];
}

/** A petition of the packet: its county and court (adult or juvenile). */
interface Petition {
  county: string;
  juvenile: boolean;
}

function petitionsOf(chosen: readonly CaseEvent[]): Petition[] {
  const out: Petition[] = [];
  for (const e of chosen) {
    const p = { county: e.county.trim(), juvenile: e.kind === 'adjudication' };
    if (p.county && !out.some((x) => x.county.toLowerCase() === p.county.toLowerCase() && x.juvenile === p.juvenile)) out.push(p);
  }
  return out;
}

const RESTITUTION = [
  { value: '', label: 'packet_restitution_unanswered' },
  { value: 'none', label: 'packet_restitution_none' },
  { value: 'outstanding', label: 'packet_restitution_outstanding' },
] as const;

/**
 * What the attorney writes or confirms so the documents carry no bracketed blank (issue 11): the
 * hearing of each petition, the memorandum's argument, signing and service details. Each field
 * replaces one "[ATTORNEY: ...]" note or blank; the draft list after assembly shows what is left.
 */
export function DraftingEditor({ caseValue, update, chosen }: Props) {
  const { t } = useI18n();
  // Cases stored before drafting existed read it as empty.
  const d = caseValue.drafting ?? emptyDrafting();
  const set = (patch: Partial<Drafting>) => update((c) => ({ ...c, drafting: { ...(c.drafting ?? emptyDrafting()), ...patch } }));
  const setHearing = (p: Petition, patch: Partial<Hearing>) =>
    update((c) => {
      const drafting = c.drafting ?? emptyDrafting();
      const existing = hearingFor(drafting, p.county, p.juvenile);
      const hearings = existing
        ? drafting.hearings.map((h) => (h === existing ? { ...h, ...patch } : h))
        : [...drafting.hearings, { county: p.county, date: '', time: '', department: '', juvenile: p.juvenile, ...patch }];
      return { ...c, drafting: { ...drafting, hearings } };
    });
  const petitions = petitionsOf(chosen);
  const hasJuvenile = petitions.some((p) => p.juvenile);

  return (
    <div className="drafting" data-testid="drafting">
      <h3>{t('packet_hearing')}</h3>
      {petitions.length === 0 ? <p className="hint">{t('packet_hearing_none')}</p> : null}
      {petitions.map((p) => {
        const h = hearingFor(d, p.county, p.juvenile);
        const court = p.juvenile ? t('packet_juvenile_court', p.county) : t('packetResults_county', p.county);
        return (
          <fieldset key={`${p.county}|${p.juvenile}`} className="grid">
            <legend>{court}</legend>
            <TextField type="date" name="hearing-date" label={t('packet_hearing_date', court)} value={h?.date ?? ''} onChange={(date) => setHearing(p, { date })} />
            <TextField label={t('packet_hearing_time', court)} value={h?.time ?? ''} placeholder={t('packet_hearing_time_example')} onChange={(time) => setHearing(p, { time })} />
            <TextField label={t('packet_hearing_department', court)} value={h?.department ?? ''} onChange={(department) => setHearing(p, { department })} />
          </fieldset>
        );
      })}

      <h3>{t('packet_memo')}</h3>
      <div className="grid">
        <TextField type="date" label={t('packet_services_on')} value={d.servicesSoughtOn} onChange={(servicesSoughtOn) => set({ servicesSoughtOn })} />
        <TextField wide label={t('packet_services_from')} value={d.servicesSoughtFrom} onChange={(servicesSoughtFrom) => set({ servicesSoughtFrom })} />
      </div>
      <TextAreaField label={t('packet_facts')} rows={3} value={d.factsSummary} onChange={(factsSummary) => set({ factsSummary })} />
      <TextAreaField
        label={t('packet_victim_basis')}
        rows={2}
        value={d.victimBasis}
        onChange={(victimBasis) => set({ victimBasis })}
      />
      <TextAreaField
        label={t('packet_nexus_argument')}
        rows={3}
        value={d.nexusArgument}
        onChange={(nexusArgument) => set({ nexusArgument })}
        hint={t('packet_nexus_argument_hint')}
      />
      <TextAreaField label={t('packet_best_interest')} rows={3} value={d.bestInterest} onChange={(bestInterest) => set({ bestInterest })} />
      <CheckboxField
        label={t('packet_nonviolent')}
        checked={d.nonviolentConfirmed}
        onChange={(nonviolentConfirmed) => set({ nonviolentConfirmed })}
      />

      <h3>{t('packet_declarations')}</h3>
      <CheckboxField
        label={t('packet_own_words')}
        checked={d.declarationInOwnWords}
        onChange={(declarationInOwnWords) => set({ declarationInOwnWords })}
      />
      <div className="grid">
        <TextField label={t('packet_signing_city')} value={d.signingCity} onChange={(signingCity) => set({ signingCity })} />
        {caseValue.client.interpreterNeeded ? (
          <>
            <TextField label={t('packet_interpreter')} value={d.interpreterName} onChange={(interpreterName) => set({ interpreterName })} />
            <TextField
              wide
              label={t('packet_interpreter_credential')}
              value={d.interpreterCredential}
              placeholder={t('packet_interpreter_credential_example')}
              onChange={(interpreterCredential) => set({ interpreterCredential })}
            />
          </>
        ) : null}
      </div>
      <CheckboxField
        label={t('packet_supporting')}
        checked={d.supportingDeclarationTemplate}
        onChange={(supportingDeclarationTemplate) => set({ supportingDeclarationTemplate })}
      />

      <h3>{t('packet_order')}</h3>
      <SelectField
        label={t('packet_restitution')}
        value={d.restitution}
        options={RESTITUTION.map((o) => ({ ...o, label: t(o.label) }))}
        onChange={(restitution) => set({ restitution })}
      />
      <TextAreaField
        label={t('packet_other_agencies')}
        rows={3}
        value={d.otherRecordAgencies.join('\n')}
        onChange={(text) => set({ otherRecordAgencies: text.split('\n') })}
      />
      <CheckboxField
        label={t('packet_agencies_complete')}
        checked={d.otherRecordAgenciesChecked}
        onChange={(otherRecordAgenciesChecked) => set({ otherRecordAgenciesChecked })}
      />
      <CheckboxField
        label={t('packet_sealed_lodging')}
        checked={d.sealedLodgingConfirmed}
        onChange={(sealedLodgingConfirmed) => set({ sealedLodgingConfirmed })}
      />
      {hasJuvenile ? (
        <CheckboxField
          label={t('packet_juvenile_procedure')}
          checked={d.juvenileProcedureConfirmed}
          onChange={(juvenileProcedureConfirmed) => set({ juvenileProcedureConfirmed })}
        />
      ) : null}

      <h3>{t('packet_server')}</h3>
      <div className="grid">
        <TextField label={t('packet_server_name')} value={d.server.name} onChange={(name) => set({ server: { ...d.server, name } })} />
        <TextField label={t('packet_server_county')} value={d.server.county} onChange={(county) => set({ server: { ...d.server, county } })} />
        <TextField label={t('packet_server_city')} value={d.server.city} onChange={(city) => set({ server: { ...d.server, city } })} />
        <TextField type="email" label={t('packet_server_email')} value={d.server.email} onChange={(email) => set({ server: { ...d.server, email } })} />
      </div>
    </div>
  );
}
