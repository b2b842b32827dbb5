import { deadlineStatus } from '@/lib/packet/deadlines';
import { ProsecutingAgency, type Case } from '@/lib/model';
import { SelectField, TextField } from '../ui/Field';
import { useI18n, type I18n } from '../ui/i18n';
import type { DeadlineStatus } from '@/lib/packet/deadlines';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Today, for the "response period ended" flag (components never read the clock themselves). */
  asOf?: string;
}

const METHODS = [
  { value: '', label: 'packet_method_none' },
  { value: 'personal', label: 'packet_method_personal' },
  { value: 'mail', label: 'packet_method_mail' },
  { value: 'electronic', label: 'packet_method_electronic' },
] as const;

/**
 * Where one agency's response period stands, in words (lib/packet/deadlines.ts counts the days;
 * the holiday names stay as the court calendar has them).
 */
export function deadlineText({ t, date }: Pick<I18n, 't' | 'date'>, s: DeadlineStatus, method: string): string {
  if (!s.receivedOn) return method === 'mail' || method === 'electronic' ? t('packet_due_enter_receipt') : t('packet_due_enter_service');
  const moved = s.skipped.length ? t('packet_due_moved', s.skipped.map((h) => h.name).join(', ')) : '';
  return [
    t('packet_due', date(s.due), date(s.receivedOn), moved),
    ...(s.skipped.some((h) => !h.settled) ? [t('packet_due_unsettled')] : []),
    ...(s.conservativeDue ? [t('packet_due_conservative', date(s.conservativeDue))] : []),
    ...(s.passed ? [t('packet_due_passed', date(s.conservativeDue || s.due))] : []),
  ].join(' ');
}

/**
 * Prosecuting agencies to serve: how and when each was served, when it received service, and the
 * 45-day response date counted from receipt (Pen. Code § 236.14(c); Code Civ. Proc. §§ 12a, 135).
 */
export function ServiceEditor({ caseValue, update, asOf = '' }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const methods = METHODS.map((m) => ({ ...m, label: t(m.label) }));
  const agencies = caseValue.prosecutingAgencies;
  const set = (i: number, a: ProsecutingAgency) => update((c) => ({ ...c, prosecutingAgencies: c.prosecutingAgencies.map((x, j) => (j === i ? a : x)) }));
  return (
    <div className="service">
      {agencies.map((a, i) => {
        const status = deadlineStatus(a, asOf || '0000-00-00');
        return (
          <div key={i} className="grid agency">
            <TextField wide label={t('packet_agency_name')} value={a.name} onChange={(name) => set(i, { ...a, name })} />
            <TextField label={t('packet_county')} value={a.county} onChange={(county) => set(i, { ...a, county })} />
            <SelectField label={t('packet_method')} value={a.serviceMethod} options={methods} onChange={(serviceMethod) => set(i, { ...a, serviceMethod })} />
            <TextField label={t('packet_served_on')} name="servedOn" type="date" value={a.servedOn} onChange={(servedOn) => set(i, { ...a, servedOn })} />
            {a.serviceMethod !== 'personal' ? (
              <TextField label={t('packet_received_on')} name="receivedOn" type="date" value={a.receivedOn} onChange={(receivedOn) => set(i, { ...a, receivedOn })} />
            ) : null}
            {a.serviceMethod === 'electronic' ? (
              <TextField label={t('packet_service_email')} type="email" value={a.serviceEmail} onChange={(serviceEmail) => set(i, { ...a, serviceEmail })} />
            ) : null}
            <p className={status.passed ? 'field--wide deadline alert alert--warn' : 'field--wide deadline'} data-testid="response-deadline" role={status.passed ? 'alert' : undefined}>
              {deadlineText(i18n, status, a.serviceMethod)}
            </p>
          </div>
        );
      })}
      <button type="button" onClick={() => update((c) => ({ ...c, prosecutingAgencies: [...c.prosecutingAgencies, ProsecutingAgency.parse({})] }))}>
        {t('packet_add_agency')}
      </button>
    </div>
  );
}
