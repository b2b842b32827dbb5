import { useEffect, useState } from 'react';
import { ClientError, type VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import { PassphraseField } from './PassphraseField';
import { useBusyAction } from './use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';

interface Props {
  vault: VaultClient;
  status: VaultStatusReply;
  onUnlocked(status: VaultStatusReply): void;
}

/** The locked panel: nothing of any case on screen until the passphrase opens the store. */
export function LockScreen({ vault, status, onUnlocked }: Props) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useBusyAction();
  const waitUntil = error instanceof ClientError && error.retryAfterMs ? Date.now() + error.retryAfterMs : status.nextAttemptAllowedAt;
  const secondsLeft = useSecondsUntil(waitUntil);
  return (
    <main className="vault-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('vault_locked_title')}</h1>
      <form
        aria-label={t('vault_unlock')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!passphrase || busy || secondsLeft > 0) return;
          void run(() => vault.unlock(passphrase)).then((s) => {
            setPassphrase('');
            if (s) onUnlocked(s);
          });
        }}
      >
        <PassphraseField label={t('vault_passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus />
        <ErrorAlert message={error?.message} />
        {secondsLeft > 0 ? (
          <p className="muted" role="status">
            {t('vault_retry_in', secondsLeft)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !passphrase || secondsLeft > 0}>
          {busy ? t('vault_unlocking') : t('vault_unlock')}
        </button>
      </form>
      <p className="muted small">{t('vault_locked_forgotten')}</p>
    </main>
  );
}

/** Whole seconds until `at`, counting down once a second. */
function useSecondsUntil(at: number | undefined): number {
  const left = () => (at ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : 0);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!at) return;
    const t = setInterval(() => setSeconds(left()), 500);
    return () => clearInterval(t);
  }, [at]);
  return seconds;
}
