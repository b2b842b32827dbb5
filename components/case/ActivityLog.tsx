import { useEffect, useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import type { AuditEntry, DamagedAuditEntry } from '@/lib/db';
import { ErrorAlert } from '../ui/ErrorAlert';

const ACTION_LABEL: Record<AuditEntry['action'], string> = {
  create: 'Created',
  import: 'Imported',
  fill: 'Filled a portal form',
  packet: 'Built a packet',
  export: 'Exported',
  handoff: 'Handed off',
  restore: 'Restored',
};

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatWhen = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : WHEN.format(new Date(iso)));

/** The case's activity log (stored encrypted with the case): imports, fills, packets, exports, hand-offs. */
export function ActivityLog({ records, caseId }: { records: RecordsClient; caseId: string }) {
  const [entries, setEntries] = useState<Array<AuditEntry | DamagedAuditEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    records.auditLog(caseId).then(setEntries, (e: Error) => setError(e.message));
  }, [caseId]);
  if (error) {
    return <ErrorAlert message={error} />;
  }
  if (!entries) return <p className="muted">Loading the activity log…</p>;
  if (!entries.length) return <p className="muted">Nothing recorded yet. Imports, portal fills, packets, exports and hand-offs are listed here.</p>;
  return (
    <ol className="activity" data-testid="activity-log" reversed>
      {[...entries].reverse().map((e, i) =>
        'damaged' in e ? (
          <li key={i} className="muted">
            An entry could not be opened: {String(e.damaged)}
          </li>
        ) : (
          <li key={i}>
            <time dateTime={e.at}>{formatWhen(e.at)}</time> <strong>{ACTION_LABEL[e.action]}</strong>: {e.detail}
            {e.fields?.length ? <span className="muted"> ({e.fields.join(', ')})</span> : null}
          </li>
        ),
      )}
    </ol>
  );
}
