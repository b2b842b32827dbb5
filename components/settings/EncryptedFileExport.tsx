import { useState } from 'react';
import { PassphraseField } from '../vault/PassphraseField';
import { MIN_PASSPHRASE } from '../vault/SetupScreen';
import { useBusyAction } from '../vault/use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';

interface Props {
  /** What the form is for, e.g. "Encrypted backup of all cases". */
  label: string;
  submitLabel: string;
  /** Builds and downloads the file with the passphrase; returns a line to show when done. */
  exportWith(passphrase: string): Promise<string>;
}

/**
 * A passphrase (twice) for one encrypted file, then the download. The file's passphrase is its
 * own: the person receiving a hand-off never learns the store's passphrase.
 */
export function EncryptedFileExport({ label, submitLabel, exportWith }: Props) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useBusyAction();
  const ready = [...passphrase.trim()].length >= MIN_PASSPHRASE && passphrase === again && !busy;
  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        setDone(null);
        void run(() => exportWith(passphrase)).then((line) => {
          if (!line) return;
          setDone(line);
          setPassphrase('');
          setAgain('');
        });
      }}
    >
      <PassphraseField label={t('settings_file_passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" />
      <PassphraseField label={t('settings_file_passphrase_again')} value={again} onChange={setAgain} autoComplete="new-password" />
      <small className="hint">{t('settings_file_passphrase_hint', MIN_PASSPHRASE)}</small>
      {passphrase && again && passphrase !== again ? <p className="field-problem">{t('vault_not_same')}</p> : null}
      <ErrorAlert message={error?.message} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" disabled={!ready}>
        {busy ? t('vault_encrypting') : submitLabel}
      </button>
    </form>
  );
}
