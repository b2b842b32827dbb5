import { useEffect, useState } from 'react';
import { ClientError, type VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import { PassphraseField } from './PassphraseField';
import { useBusyAction } from './use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';

interface Props {
  vault: VaultClient;
  status: VaultStatusReply;
  onUnlocked(status: VaultStatusReply): void;
}

/** The locked panel: nothing of any case on screen until the passphrase opens the store. */
export function LockScreen({ vault, status, onUnlocked }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useBusyAction();
  const waitUntil = error instanceof ClientError && error.retryAfterMs ? Date.now() + error.retryAfterMs : status.nextAttemptAllowedAt;
  const secondsLeft = useSecondsUntil(waitUntil);
  return (
    <main className="vault-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">Vacatur Assist is locked</h1>
      <form
        aria-label="Unlock"
        onSubmit={(e) => {
          e.preventDefault();
          if (!passphrase || busy || secondsLeft > 0) return;
          void run(() => vault.unlock(passphrase)).then((s) => {
            setPassphrase('');
            if (s) onUnlocked(s);
          });
        }}
      >
        <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus />
        <ErrorAlert message={error?.message} />
        {secondsLeft > 0 ? (
          <p className="muted" role="status">
            You can try again in {secondsLeft} s.
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !passphrase || secondsLeft > 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <p className="muted small">A forgotten passphrase cannot be recovered; restore from an encrypted backup instead.</p>
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
