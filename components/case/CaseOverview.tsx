import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { caseStatus } from '@/lib/case-status';
import { screen } from '@/lib/law';
import { MILESTONE_KEYS, clientDisplayName, type Case } from '@/lib/model';
import { nextDeadline } from '@/lib/packet/deadlines';
import { VERDICT_LABEL } from '../record/VerdictBadge';
import { useCaseNav, type NavTarget } from './case-nav';
import { CaseChecklist } from './CaseChecklist';
import { Guide } from './Guide';
import { Milestones } from './Milestones';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Today (components never read the clock for the law). */
  asOf: string;
}

const VERDICTS = ['candidate', 'review', 'ineligible'] as const;

/**
 * Where a case stands at a glance (issue 14): the client, the trafficking periods, the record by
 * verdict, the status with its dates, the response deadline, and the checklist of what is left
 * before filing, each linked to where it is done. Opens first when a case opens.
 */
export function CaseOverview({ caseValue, update, asOf }: Props) {
  const nav = useCaseNav();
  const ids = useId();
  const { events, trafficking, client } = caseValue;
  const result = useMemo(() => screen(caseValue, { asOf }), [events, trafficking, client.dob, asOf]);
  const status = caseStatus(caseValue.milestones);
  const deadline = nextDeadline(caseValue.prosecutingAgencies, asOf);
  const go = (target: NavTarget) => nav?.go(target);

  // A status change (a date entered below) is announced; opening the overview is not.
  const [said, setSaid] = useState('');
  const shown = useRef(`${status.label}|${status.date}`);
  useEffect(() => {
    const now = `${status.label}|${status.date}`;
    if (now === shown.current) return;
    shown.current = now;
    setSaid(`Status: ${status.label}${status.date ? `, ${status.date}` : ''}.`);
  }, [status.label, status.date]);

  const name = clientDisplayName(client);
  return (
    <div className="overview" data-testid="overview">
      <dl className="overview-facts">
        <div>
          <dt>Client</dt>
          <dd>
            <button type="button" className="link" onClick={() => go({ tab: 'Client' })}>
              {name || 'No name yet'}
            </button>
            {client.dob ? <span className="muted"> · born {client.dob}</span> : null}
            {client.aliases.length ? <span className="muted"> · {client.aliases.length === 1 ? '1 other name' : `${client.aliases.length} other names`}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Trafficking periods</dt>
          <dd data-testid="overview-periods">
            {trafficking.periods.length ? (
              <ul className="overview-periods">
                {trafficking.periods.map((p, i) => (
                  <li key={i}>
                    <span className="nowrap">{p.from}</span> to <span className="nowrap">{p.to}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="warn-text">None entered yet</span>
            )}{' '}
            <button type="button" className="link" onClick={() => go({ tab: 'Trafficking', focus: 'periods' })}>
              {trafficking.periods.length ? 'Edit periods' : 'Enter a period'}
            </button>
          </dd>
        </div>
        <div>
          <dt>Record</dt>
          <dd>
            {events.length ? (
              <ul className="overview-counts" aria-label="Record entries by verdict" data-testid="overview-counts">
                {VERDICTS.map((v) => (
                  <li key={v}>
                    <button type="button" className={`chip chip--${v}`} onClick={() => go({ tab: 'Record', focus: `verdict:${v}` })}>
                      {VERDICT_LABEL[v]} <strong>{result.counts[v]}</strong>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <>
                <span className="muted">No entries yet</span>{' '}
                <button type="button" className="link" onClick={() => go({ tab: 'RAP sheet', focus: 'rap' })}>
                  Import the RAP sheet
                </button>
              </>
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby={`${ids}-status`} className="overview-status">
        <h2 id={`${ids}-status`}>
          Status: <span data-testid="overview-status">{status.label}</span>
          {status.date ? <span className="muted"> ({status.date})</span> : null}
        </h2>
        <Milestones caseValue={caseValue} update={update} keys={MILESTONE_KEYS} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </section>

      <section aria-labelledby={`${ids}-deadline`}>
        <h2 id={`${ids}-deadline`}>Response deadline</h2>
        {deadline ? (
          <p className={deadline.passed ? 'deadline-banner deadline-banner--passed' : 'deadline-banner'} data-testid="overview-deadline">
            {deadline.passed ? (
              <>
                <strong>Response period ended</strong> for {deadline.agency} on {deadline.due}. No opposition filed? The court may deem the petition unopposed
                (Pen. Code § 236.14(d)).
              </>
            ) : (
              <>
                Response due from {deadline.agency} by <strong>{deadline.due}</strong> (Pen. Code § 236.14(c)).
              </>
            )}
          </p>
        ) : (
          <p className="muted" data-testid="overview-deadline">
            None yet: the 45 days start when an agency receives service (Pen. Code § 236.14(c)).{' '}
            <button type="button" className="link" onClick={() => go({ tab: 'Packet', focus: 'service' })}>
              Record service
            </button>
          </p>
        )}
      </section>

      <CaseChecklist caseValue={caseValue} screening={result} asOf={asOf} />
      <Guide />
    </div>
  );
}
