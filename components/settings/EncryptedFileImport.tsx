import { useState } from 'react';
import type { RecordsClient } from '@/lib/case-client';
import type { ImportReport } from '@/lib/backup';
import { PassphraseField } from '../vault/PassphraseField';
import { useBusyAction } from '../vault/use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileButton } from '../ui/FileButton';
import { useI18n } from '../ui/i18n';
import type { I18n } from '../ui/i18n';

interface Props {
  records: RecordsClient;
  /** After cases were written: the list reloads. */
  onImported(report: ImportReport): void;
}

/**
 * Opens an encrypted backup or a hand-off file (told apart by the format the file names).
 * A case that already exists is not touched until the user picks "keep both" or "replace";
 * a wrong passphrase or a damaged file says so and writes nothing.
 */
export function EncryptedFileImport({ records, onImported }: Props) {
  const { t } = useI18n();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useBusyAction();

  const importNow = (onConflict?: 'keep-both' | 'replace') =>
    run(async () => {
      if (!file) return;
      const isHandoff = /"vacatur-assist\/handoff"/.test(file.text.slice(0, 400));
      const report = isHandoff ? await records.importHandoff(file.text, passphrase, onConflict) : await records.importBackup(file.text, passphrase, onConflict);
      if (!report.written) return setPending(report);
      setPending(null);
      setPassphrase('');
      setDone(describe(report, t));
      onImported(report);
    });

  return (
    <form
      aria-label={t('settings_import_form')}
      onSubmit={(e) => {
        e.preventDefault();
        if (file && passphrase && !busy) void importNow();
      }}
    >
      <div className="field field--wide">
        <span>{t('settings_import_file')}</span>
        <span>
          <FileButton
            accept=".json,application/json"
            testId="encrypted-file-input"
            onFile={(f) => {
              setPending(null);
              setDone(null);
              setError(null);
              void f.text().then((text) => setFile({ name: f.name, text }));
            }}
          >
            {t('settings_choose_file')}
          </FileButton>{' '}
          {file ? file.name : t('settings_no_file')}
        </span>
      </div>
      <PassphraseField label={t('settings_import_passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
      <ErrorAlert message={error?.message} after={t('settings_nothing_changed')} />
      {pending ? (
        <div className="alert alert--warn" role="group" aria-label={t('settings_conflicts_group')}>
          <p>
            {pending.conflicts.length === 1
              ? t('settings_conflicts_one', pending.conflicts.map((c) => c.name).join('; '))
              : t('settings_conflicts_other', pending.conflicts.length, pending.conflicts.map((c) => c.name).join('; '))}
          </p>
          <button type="button" onClick={() => void importNow('keep-both')} disabled={busy}>
            {t('settings_keep_both')}
          </button>{' '}
          <button type="button" className="danger-outline" onClick={() => void importNow('replace')} disabled={busy}>
            {t('settings_replace')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('settings_cancel')}
          </button>
        </div>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" disabled={!file || !passphrase || busy || !!pending}>
        {busy ? t('vault_opening') : t('settings_import')}
      </button>
    </form>
  );
}

function describe(r: ImportReport, t: I18n['t']): string {
  const parts = [t('settings_imported_added', r.added.length)];
  if (r.replaced.length) parts.push(t('settings_imported_replaced', r.replaced.length));
  if (r.keptBoth.length) parts.push(t('settings_imported_copies', r.keptBoth.length));
  return r.cases === 1 ? t('settings_imported_one', r.cases, parts.join(', ')) : t('settings_imported_other', r.cases, parts.join(', '));
}
