import { responseDeadline } from '@/lib/packet/deadlines';
import { ProsecutingAgency, type Case } from '@/lib/model';
import { TextField } from '../ui/Field';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
}

/** Prosecuting agencies to serve, the date each received service, and the 45-day response date (§ 236.14(c)). */
export function ServiceEditor({ caseValue, update }: Props) {
  const agencies = caseValue.prosecutingAgencies;
  const set = (i: number, a: ProsecutingAgency) => update((c) => ({ ...c, prosecutingAgencies: c.prosecutingAgencies.map((x, j) => (j === i ? a : x)) }));
  return (
    <div className="service">
      {agencies.map((a, i) => {
        const due = responseDeadline(a.servedOn);
        return (
          <div key={i} className="grid agency">
            <TextField wide label="Prosecuting agency" value={a.name} onChange={(name) => set(i, { ...a, name })} />
            <TextField label="County" value={a.county} onChange={(county) => set(i, { ...a, county })} />
            <TextField label="Service received on" type="date" value={a.servedOn} onChange={(servedOn) => set(i, { ...a, servedOn })} />
            <p className="field--wide deadline" data-testid="response-deadline">
              {due ? (
                <>
                  Response due by <strong>{due}</strong>: 45 days from receipt of service (Pen. Code § 236.14(c)). Mail-service extensions and court holidays
                  are not applied: needs attorney review.
                </>
              ) : (
                'Enter the date the agency received service to see the response deadline.'
              )}
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

/** The earliest pending response date across agencies, for the case header. */
export function nextDeadline(c: Case): { due: string; agency: string } | null {
  const dues = c.prosecutingAgencies
    .map((a) => ({ due: responseDeadline(a.servedOn), agency: a.name || a.county || 'prosecuting agency' }))
    .filter((d) => d.due)
    .sort((x, y) => (x.due < y.due ? -1 : 1));
  return dues[0] ?? null;
}
