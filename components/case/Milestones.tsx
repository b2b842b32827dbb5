import { milestonesOf, setMilestone, type Case, type MilestoneKey } from '@/lib/model';
import '../forms/forms.css';

const SHOWN: { key: MilestoneKey; label: string }[] = [
  { key: 'recordRequested', label: 'Record requested' },
  { key: 'rapReceived', label: 'RAP sheet received' },
];

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
}

/**
 * When the record-review request went to the DOJ and when the RAP sheet came back (issue 13):
 * set by the Forms tab and the RAP import, shown and corrected here.
 */
export function Milestones({ caseValue, update }: Props) {
  const m = milestonesOf(caseValue);
  return (
    <p className="milestones" data-testid="milestones">
      {SHOWN.map(({ key, label }, i) => (
        <span key={key} className="milestone">
          {i > 0 ? <span aria-hidden="true" className="milestone-sep">·</span> : null}
          <label>
            <span className="milestone-name">{label}:</span>
            <input type="date" value={m[key]} onChange={(e) => update((c) => setMilestone(c, key, e.target.value))} />
          </label>
        </span>
      ))}
    </p>
  );
}
