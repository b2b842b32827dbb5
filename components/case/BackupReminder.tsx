import { useEffect, useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import { BACKUP_REMINDER_DAYS, backupDue } from '@/lib/db/backup-record';
import type { BackupStatus } from '@/lib/messages';
import { useI18n } from '../ui/i18n';
import { localIsoDate } from '../ui/local-date';

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
  const { t, date } = useI18n();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => void records.backupStatus().then(setStatus, () => {}), []);
  if (!status || status.cases === 0 || !backupDue(status.lastBackupAt, status.now)) return null;
  return (
    <div className="card backup-reminder" role="note" data-testid="backup-reminder">
      <p>
        {status.lastBackupAt
          ? t('app_backup_overdue', BACKUP_REMINDER_DAYS, date(localIsoDate(status.lastBackupAt)))
          : t('app_backup_never')}{' '}
        {t('app_backup_risk')}
      </p>
      <button type="button" onClick={onBackUp}>
        {t('app_back_up_now')}
      </button>
    </div>
  );
}
