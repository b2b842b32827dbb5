import type { Case, CaseEvent, Drafting, Hearing } from '@/lib/model';
import { emptyDrafting, hearingFor } from '@/lib/model';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field';

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
  { value: '', label: 'Not answered yet' },
  { value: 'none', label: 'None is outstanding' },
  { value: 'outstanding', label: 'Some is outstanding (the order leaves it in place)' },
] as const;

/**
 * What the attorney writes or confirms so the documents carry no bracketed blank (issue 11): the
 * hearing of each petition, the memorandum's argument, signing and service details. Each field
 * replaces one "[ATTORNEY: ...]" note or blank; the draft list after assembly shows what is left.
 */
export function DraftingEditor({ caseValue, update, chosen }: Props) {
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
      <h3>Hearing</h3>
      {petitions.length === 0 ? <p className="hint">Select matters (with a county) to enter each petition&apos;s hearing.</p> : null}
      {petitions.map((p) => {
        const h = hearingFor(d, p.county, p.juvenile);
        const court = `${p.county} County${p.juvenile ? ' juvenile court' : ''}`;
        return (
          <fieldset key={`${p.county}|${p.juvenile}`} className="grid">
            <legend>{court}</legend>
            <TextField type="date" label={`Hearing date (${court})`} value={h?.date ?? ''} onChange={(date) => setHearing(p, { date })} />
            <TextField label={`Time (${court})`} value={h?.time ?? ''} placeholder="8:30 a.m." onChange={(time) => setHearing(p, { time })} />
            <TextField label={`Department (${court})`} value={h?.department ?? ''} onChange={(department) => setHearing(p, { department })} />
          </fieldset>
        );
      })}

      <h3>Memorandum of points and authorities</h3>
      <div className="grid">
        <TextField type="date" label="Date the client first sought services (Pen. Code § 236.14(l))" value={d.servicesSoughtOn} onChange={(servicesSoughtOn) => set({ servicesSoughtOn })} />
        <TextField wide label="From whom (program or agency)" value={d.servicesSoughtFrom} onChange={(servicesSoughtFrom) => set({ servicesSoughtFrom })} />
      </div>
      <TextAreaField label="Statement of facts, in summary (cite the declaration by paragraph)" rows={3} value={d.factsSummary} onChange={(factsSummary) => set({ factsSummary })} />
      <TextAreaField
        label="Which subdivision of Pen. Code § 236.1 the facts describe (§ 236.14(t)(3))"
        rows={2}
        value={d.victimBasis}
        onChange={(victimBasis) => set({ victimBasis })}
      />
      <TextAreaField
        label="Nexus argument (optional)"
        rows={3}
        value={d.nexusArgument}
        onChange={(nexusArgument) => set({ nexusArgument })}
        hint="Left empty, the memorandum quotes each matter's nexus from the declaration once every matter has one (Pen. Code § 236.14(a), (g)(2))."
      />
      <TextAreaField label="Best interest of justice (§ 236.14(g)(3))" rows={3} value={d.bestInterest} onChange={(bestInterest) => set({ bestInterest })} />
      <CheckboxField
        label="I checked every offense and enhancement against the current text of Pen. Code § 667.5(c) (§ 236.14(t)(1))"
        checked={d.nonviolentConfirmed}
        onChange={(nonviolentConfirmed) => set({ nonviolentConfirmed })}
      />

      <h3>Declarations and signing</h3>
      <CheckboxField
        label="The declaration of petitioner is rewritten in the client's own words and was read with them"
        checked={d.declarationInOwnWords}
        onChange={(declarationInOwnWords) => set({ declarationInOwnWords })}
      />
      <div className="grid">
        <TextField label="City where the client signs" value={d.signingCity} onChange={(signingCity) => set({ signingCity })} />
        {caseValue.client.interpreterNeeded ? (
          <>
            <TextField label="Interpreter's name" value={d.interpreterName} onChange={(interpreterName) => set({ interpreterName })} />
            <TextField
              wide
              label="Interpreter's credential"
              value={d.interpreterCredential}
              placeholder="a certified court interpreter, No. 300000"
              onChange={(interpreterCredential) => set({ interpreterCredential })}
            />
          </>
        ) : null}
      </div>
      <CheckboxField
        label="Include a blank supporting declaration for an advocate to complete (turn off once signed declarations are attached as exhibits)"
        checked={d.supportingDeclarationTemplate}
        onChange={(supportingDeclarationTemplate) => set({ supportingDeclarationTemplate })}
      />

      <h3>Proposed order</h3>
      <SelectField
        label="Restitution that directly benefits a victim (Pen. Code § 236.14(i))"
        value={d.restitution}
        options={RESTITUTION}
        onChange={(restitution) => set({ restitution })}
      />
      <TextAreaField
        label="Other agencies holding records of these arrests (one per line: probation, parole, corrections ...; § 236.14(k)(1))"
        rows={3}
        value={d.otherRecordAgencies.join('\n')}
        onChange={(text) => set({ otherRecordAgencies: text.split('\n') })}
      />
      <CheckboxField
        label="The list of agencies to seal and destroy records is complete"
        checked={d.otherRecordAgenciesChecked}
        onChange={(otherRecordAgenciesChecked) => set({ otherRecordAgenciesChecked })}
      />
      <CheckboxField
        label="I confirmed how this court takes a confidential lodging (the identification attachment)"
        checked={d.sealedLodgingConfirmed}
        onChange={(sealedLodgingConfirmed) => set({ sealedLodgingConfirmed })}
      />
      {hasJuvenile ? (
        <CheckboxField
          label="I confirmed the juvenile court's procedure for § 236.14(j) petitions and the Welf. & Inst. Code § 827 designation"
          checked={d.juvenileProcedureConfirmed}
          onChange={(juvenileProcedureConfirmed) => set({ juvenileProcedureConfirmed })}
        />
      ) : null}

      <h3>Person serving the papers (proof of service)</h3>
      <div className="grid">
        <TextField label="Name" value={d.server.name} onChange={(name) => set({ server: { ...d.server, name } })} />
        <TextField label="County where they live or work" value={d.server.county} onChange={(county) => set({ server: { ...d.server, county } })} />
        <TextField label="City of mailing and signing" value={d.server.city} onChange={(city) => set({ server: { ...d.server, city } })} />
        <TextField type="email" label="Their electronic service address" value={d.server.email} onChange={(email) => set({ server: { ...d.server, email } })} />
      </div>
    </div>
  );
}
