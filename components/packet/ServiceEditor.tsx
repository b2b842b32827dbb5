import { deadlineStatus } from '@/lib/packet/deadlines';
import { ProsecutingAgency, type Case } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Today, for the "response period ended" flag (components never read the clock themselves). */
  asOf?: string;
}

const METHODS = [
  { value: '', label: 'Not yet served / method?' },
  { value: 'personal', label: 'Personal delivery' },
  { value: 'mail', label: 'Mail' },
  { value: 'electronic', label: 'Electronic service' },
] as const;

/**
 * Prosecuting agencies to serve: how and when each was served, when it received service, and the
 * 45-day response date counted from receipt (Pen. Code § 236.14(c); Code Civ. Proc. §§ 12a, 135).
 */
export function ServiceEditor({ caseValue, update, asOf = '' }: Props) {
  const agencies = caseValue.prosecutingAgencies;
  const set = (i: number, a: ProsecutingAgency) => update((c) => ({ ...c, prosecutingAgencies: c.prosecutingAgencies.map((x, j) => (j === i ? a : x)) }));
  return (
    <div className="service">
      {agencies.map((a, i) => {
        const status = deadlineStatus(a, asOf || '0000-00-00');
        return (
          <div key={i} className="grid agency">
            <TextField wide label="Prosecuting agency" value={a.name} onChange={(name) => set(i, { ...a, name })} />
            <TextField label="County" value={a.county} onChange={(county) => set(i, { ...a, county })} />
            <SelectField label="Method of service" value={a.serviceMethod} options={METHODS} onChange={(serviceMethod) => set(i, { ...a, serviceMethod })} />
            <TextField label="Served on (delivered, mailed or sent)" type="date" value={a.servedOn} onChange={(servedOn) => set(i, { ...a, servedOn })} />
            {a.serviceMethod !== 'personal' ? (
              <TextField label="Received by the agency on" type="date" value={a.receivedOn} onChange={(receivedOn) => set(i, { ...a, receivedOn })} />
            ) : null}
            {a.serviceMethod === 'electronic' ? (
              <TextField label="Agency's electronic service address" type="email" value={a.serviceEmail} onChange={(serviceEmail) => set(i, { ...a, serviceEmail })} />
            ) : null}
            <p className={status.passed ? 'field--wide deadline alert alert--warn' : 'field--wide deadline'} data-testid="response-deadline" role={status.passed ? 'alert' : undefined}>
              {status.text}
            </p>
          </div>
        );
      })}
      <button type="button" onClick={() => update((c) => ({ ...c, prosecutingAgencies: [...c.prosecutingAgencies, ProsecutingAgency.parse({})] }))}>
        Add agency
      </button>
    </div>
  );
}
