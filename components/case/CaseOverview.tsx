import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { caseStatus, STATUS_MESSAGES } from '@/lib/case-status';
import { screen } from '@/lib/law';
import { MILESTONE_KEYS, clientDisplayName, type Case } from '@/lib/model';
import { nextDeadline } from '@/lib/packet/deadlines';
import { VERDICT_MESSAGES } from '../record/VerdictBadge';
import { useI18n } from '../ui/i18n';
import { rich } from '../ui/rich';
import { useCaseNav, type NavTarget } from './case-nav';
import { CaseChecklist } from './CaseChecklist';
import { Guide } from './Guide';
import { Milestones } from './Milestones';
import { isUnnamed } from './client-name';

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
  const { t, date } = useI18n();
  const nav = useCaseNav();
  const ids = useId();
  const { events, trafficking, client } = caseValue;
  const result = useMemo(() => screen(caseValue, { asOf }), [events, trafficking, client.dob, asOf]);
  const status = caseStatus(caseValue.milestones);
  const statusLabel = t(STATUS_MESSAGES[status.key]);
  const deadline = nextDeadline(caseValue.prosecutingAgencies, asOf);
  const go = (target: NavTarget) => nav?.go(target);

  // A status change (a date entered below) is announced; opening the overview is not.
  const [said, setSaid] = useState('');
  const shown = useRef(`${status.key}|${status.date}`);
  useEffect(() => {
    const now = `${status.key}|${status.date}`;
    if (now === shown.current) return;
    shown.current = now;
    setSaid(status.date ? t('overview_status_said_date', statusLabel, date(status.date)) : t('overview_status_said', statusLabel));
  }, [status.key, status.date]);

  const name = clientDisplayName(client);
  return (
    <div className="overview" data-testid="overview">
      <dl className="overview-facts">
        <div>
          <dt>{t('overview_client')}</dt>
          <dd>
            <button type="button" className="link" onClick={() => go({ tab: 'Client' })}>
              {isUnnamed(name) ? t('overview_no_name') : name}
            </button>
            {client.dob ? <span className="muted"> · {t('overview_born', date(client.dob))}</span> : null}
            {client.aliases.length ? (
              <span className="muted"> · {client.aliases.length === 1 ? t('overview_aliases_one') : t('overview_aliases_other', client.aliases.length)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('overview_periods')}</dt>
          <dd data-testid="overview-periods">
            {trafficking.periods.length ? (
              <ul className="overview-periods">
                {trafficking.periods.map((p, i) => (
                  <li key={i}>{rich(t, 'overview_period', <span className="nowrap">{date(p.from)}</span>, <span className="nowrap">{date(p.to)}</span>)}</li>
                ))}
              </ul>
            ) : (
              <span className="warn-text">{t('overview_periods_none')}</span>
            )}{' '}
            <button type="button" className="link" onClick={() => go({ tab: 'Trafficking', focus: 'periods' })}>
              {trafficking.periods.length ? t('overview_periods_edit') : t('overview_periods_enter')}
            </button>
          </dd>
        </div>
        <div>
          <dt>{t('overview_record')}</dt>
          <dd>
            {events.length ? (
              <ul className="overview-counts" aria-label={t('overview_counts')} data-testid="overview-counts">
                {VERDICTS.map((v) => (
                  <li key={v}>
                    <button type="button" className={`chip chip--${v}`} onClick={() => go({ tab: 'Record', focus: `verdict:${v}` })}>
                      {t(VERDICT_MESSAGES[v])} <strong>{result.counts[v]}</strong>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <>
                <span className="muted">{t('overview_no_entries')}</span>{' '}
                <button type="button" className="link" onClick={() => go({ tab: 'RAP sheet', focus: 'rap' })}>
                  {t('overview_import_rap')}
                </button>
              </>
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby={`${ids}-status`} className="overview-status">
        <h2 id={`${ids}-status`}>
          {rich(t, 'overview_status', <span data-testid="overview-status">{statusLabel}</span>)}
          {status.date ? <span className="muted"> ({date(status.date)})</span> : null}
        </h2>
        <Milestones caseValue={caseValue} update={update} keys={MILESTONE_KEYS} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </section>

      <section aria-labelledby={`${ids}-deadline`}>
        <h2 id={`${ids}-deadline`}>{t('overview_deadline')}</h2>
        {deadline ? (
          <p className={deadline.passed ? 'deadline-banner deadline-banner--passed' : 'deadline-banner'} data-testid="overview-deadline">
            {deadline.passed
              ? rich(t, 'overview_deadline_passed', <strong>{t('overview_deadline_ended')}</strong>, deadline.agency, date(deadline.due))
              : rich(t, 'overview_deadline_due', deadline.agency, <strong>{date(deadline.due)}</strong>)}
          </p>
        ) : (
          <p className="muted" data-testid="overview-deadline">
            {t('overview_deadline_none')}{' '}
            <button type="button" className="link" onClick={() => go({ tab: 'Packet', focus: 'service' })}>
              {t('overview_record_service')}
            </button>
          </p>
        )}
      </section>

      <CaseChecklist caseValue={caseValue} screening={result} asOf={asOf} />
      <Guide />
    </div>
  );
}
