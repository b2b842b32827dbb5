import { STATUS_MESSAGES } from '@/lib/case-status';
import { milestonesOf, setMilestone, type Case, type MilestoneKey } from '@/lib/model';
import { useI18n } from '../ui/i18n';
import '../forms/forms.css';

/** The Forms and RAP sheet tabs show the two steps they set; the overview shows every step. */
const RECORD_STEPS: readonly MilestoneKey[] = ['recordRequested', 'rapReceived'];

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Which steps to show, in order (default: the record request and the RAP sheet's arrival). */
  keys?: readonly MilestoneKey[];
}

/**
 * The dated steps of a case (issue 13): when the record-review request went to the DOJ and when
 * the RAP sheet came back (set by the Forms tab and the RAP import), and on the overview also
 * filing, service, hearing, order and the DOJ's sealing confirmation. Shown and corrected here.
 */
export function Milestones({ caseValue, update, keys = RECORD_STEPS }: Props) {
  const { t } = useI18n();
  const m = milestonesOf(caseValue);
  return (
    <p className="milestones" data-testid="milestones">
      {keys.map((key, i) => (
        <span key={key} className="milestone">
          {i > 0 ? <span aria-hidden="true" className="milestone-sep">·</span> : null}
          <label>
            <span className="milestone-name">{t(STATUS_MESSAGES[key])}:</span>
            <input type="date" value={m[key]} onChange={(e) => update((c) => setMilestone(c, key, e.target.value))} />
          </label>
        </span>
      ))}
    </p>
  );
}
