import { useEffect, useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import type { AuditEntry, DamagedAuditEntry } from '@/lib/db';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';
import { formatDateTime } from '../ui/local-date';

/** Each action's message key (app area). */
const ACTION_KEY: Record<AuditEntry['action'], string> = {
  create: 'app_log_create',
  import: 'app_log_import',
  fill: 'app_log_fill',
  packet: 'app_log_packet',
  export: 'app_log_export',
  handoff: 'app_log_handoff',
  restore: 'app_log_restore',
};

/** The case's activity log (stored encrypted with the case): imports, fills, packets, exports, hand-offs. */
export function ActivityLog({ records, caseId }: { records: RecordsClient; caseId: string }) {
  const { t, locale } = useI18n();
  const [entries, setEntries] = useState<Array<AuditEntry | DamagedAuditEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    records.auditLog(caseId).then(setEntries, (e: Error) => setError(e.message));
  }, [caseId]);
  if (error) {
    return <ErrorAlert message={error} />;
  }
  if (!entries) return <p className="muted">{t('app_log_loading')}</p>;
  if (!entries.length) return <p className="muted">{t('app_log_empty')}</p>;
  return (
    <ol className="activity" data-testid="activity-log" reversed>
      {[...entries].reverse().map((e, i) =>
        'damaged' in e ? (
          <li key={i} className="muted">
            {t('app_log_damaged', String(e.damaged))}
          </li>
        ) : (
          <li key={i}>
            {/* The detail was written in English when the action happened (lib). */}
            <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> <strong>{t(ACTION_KEY[e.action])}</strong>: {e.detail}
            {e.fields?.length ? <span className="muted"> ({e.fields.join(', ')})</span> : null}
          </li>
        ),
      )}
    </ol>
  );
}
