import type { RecordsClient } from '@/lib/case-client';
import type { ImportReport } from '@/lib/backup';
import { downloadFile, todayStamp } from '../ui/download';
import { EncryptedFileExport } from './EncryptedFileExport';
import { EncryptedFileImport } from './EncryptedFileImport';

/** Settings → Backups: an encrypted backup of everything, and restoring a backup or a hand-off file. */
export function BackupSection({ records, onImported }: { records: RecordsClient; onImported(report: ImportReport): void }) {
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backups</h2>
      <p>
        An encrypted backup holds every case, its activity log, taught portals and settings, under a passphrase of its own.
        Keep it off this computer.
      </p>
      <BackupExport records={records} />
      <h3>Restore or receive a case</h3>
      <EncryptedFileImport records={records} onImported={onImported} />
    </section>
  );
}

export function BackupExport({ records }: { records: RecordsClient }) {
  return (
    <EncryptedFileExport
      label="Encrypted backup of all cases"
      submitLabel="Download encrypted backup"
      exportWith={async (passphrase) => {
        const { text, cases } = await records.exportBackup(passphrase);
        downloadFile(`vacatur-backup-${todayStamp()}.json`, text, 'application/json');
        return `Backup of ${cases} case${cases === 1 ? '' : 's'} downloaded.`;
      }}
    />
  );
}
