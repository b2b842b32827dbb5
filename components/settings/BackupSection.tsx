import type { RecordsClient } from '@/lib/case-client';
import type { ImportReport } from '@/lib/backup';
import { downloadFile, todayStamp } from '../ui/download';
import { EncryptedFileExport } from './EncryptedFileExport';
import { EncryptedFileImport } from './EncryptedFileImport';
import { useI18n } from '../ui/i18n';

/** Settings → Backups: an encrypted backup of everything, and restoring a backup or a hand-off file. */
export function BackupSection({ records, onImported }: { records: RecordsClient; onImported(report: ImportReport): void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings_backups_title')}</h2>
      <p>{t('settings_backups_intro')}</p>
      <BackupExport records={records} />
      <h3>{t('settings_restore_title')}</h3>
      <EncryptedFileImport records={records} onImported={onImported} />
    </section>
  );
}

export function BackupExport({ records }: { records: RecordsClient }) {
  const { t } = useI18n();
  return (
    <EncryptedFileExport
      label={t('settings_backup_form')}
      submitLabel={t('settings_backup_download')}
      exportWith={async (passphrase) => {
        const { text, cases } = await records.exportBackup(passphrase);
        downloadFile(`vacatur-backup-${todayStamp()}.json`, text, 'application/json');
        return cases === 1 ? t('settings_backup_done_one', cases) : t('settings_backup_done_other', cases);
      }}
    />
  );
}
