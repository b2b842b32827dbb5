import { useEffect, useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import { BACKUP_REMINDER_DAYS, backupDue } from '@/lib/db/backup-record';
import type { BackupStatus } from '@/lib/messages';

interface Props {
  records: RecordsClient;
  /** Opens Settings, where the encrypted backup is made. */
  onBackUp(): void;
}

/**
 * Above the case list when there are cases and no encrypted backup was made in the last
 * BACKUP_REMINDER_DAYS days: a lost or reset browser profile must not mean lost cases (issue 12).
 */
export function BackupReminder({ records, onBackUp }: Props) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => void records.backupStatus().then(setStatus, () => {}), []);
  if (!status || status.cases === 0 || !backupDue(status.lastBackupAt, status.now)) return null;
  return (
    <div className="card backup-reminder" role="note" data-testid="backup-reminder">
      <p>
        {status.lastBackupAt
          ? `No encrypted backup in the last ${BACKUP_REMINDER_DAYS} days (the last was ${new Date(status.lastBackupAt).toLocaleDateString()}).`
          : 'These cases have never been backed up.'}{' '}
        If this browser profile is lost, so are they.
      </p>
      <button type="button" onClick={onBackUp}>
        Back up now
      </button>
    </div>
  );
}
