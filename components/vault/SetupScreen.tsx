import { useState } from 'react';
import type { VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import { PassphraseField } from './PassphraseField';
import { useBusyAction } from './use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';

export const MIN_PASSPHRASE = 8;

interface Props {
  vault: VaultClient;
  onDone(status: VaultStatusReply, choice: 'passphrase' | 'plain'): void;
}

/**
 * First use: set a passphrase, or choose explicitly to keep cases unencrypted. The
 * passphrase cannot be recovered, and the screen says so before it is set.
 */
export function SetupScreen({ vault, onDone }: Props) {
  const [skip, setSkip] = useState(false);
  return (
    <main className="vault-screen" aria-labelledby="setup-title">
      <h1 id="setup-title">Protect the case data on this computer</h1>
      <p>
        Vacatur Assist keeps every case on this computer only. With a passphrase, each case is stored encrypted
        (AES-256) and the panel locks itself when you step away.
      </p>
      {skip ? <ContinuePlain vault={vault} onDone={onDone} onBack={() => setSkip(false)} /> : <SetPassphraseForm vault={vault} onDone={(s) => onDone(s, 'passphrase')} />}
      {skip ? null : (
        <p>
          <button type="button" className="link" onClick={() => setSkip(true)}>
            Continue without a passphrase…
          </button>
        </p>
      )}
    </main>
  );
}

/** Passphrase + confirmation + the acknowledgement that it cannot be recovered. Used by setup and settings. */
export function SetPassphraseForm({ vault, onDone, submitLabel = 'Set passphrase' }: { vault: VaultClient; onDone(s: VaultStatusReply): void; submitLabel?: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const { busy, error, run } = useBusyAction();
  const problem =
    passphrase.length > 0 && [...passphrase.trim()].length < MIN_PASSPHRASE
      ? `Use at least ${MIN_PASSPHRASE} characters (a few unrelated words are easy to remember and hard to guess).`
      : confirm.length > 0 && confirm !== passphrase
        ? 'The two passphrases are not the same.'
        : null;
  const ready = !problem && passphrase.length > 0 && confirm === passphrase && understood && !busy;
  return (
    <form
      aria-label="Set a passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void run(() => vault.setup(passphrase)).then((s) => s && onDone(s));
      }}
    >
      <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} autoComplete="new-password" autoFocus />
      <PassphraseField label="Passphrase again" value={confirm} onChange={setConfirm} autoComplete="new-password" />
      <div className="alert alert--warn">
        <strong>A forgotten passphrase cannot be recovered.</strong> Nobody, including us, can open the cases without it.
        Keep it somewhere safe, and make an encrypted backup once it is set.
      </div>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> I understand: without the passphrase the cases are lost.
      </label>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <ErrorAlert message={error?.message} />
      <button type="submit" className="primary" disabled={!ready}>
        {busy ? 'Encrypting…' : submitLabel}
      </button>
    </form>
  );
}

function ContinuePlain({ vault, onDone, onBack }: Props & { onBack(): void }) {
  const { busy, error, run } = useBusyAction();
  return (
    <div className="alert alert--warn" role="group" aria-label="Continue without a passphrase">
      <p>
        <strong>Without a passphrase, names, dates of birth and the trafficking narrative are stored unencrypted</strong> in
        this browser profile. Anyone with access to this computer account could read them. You can set a passphrase
        later in Settings, but the browser may keep fragments of the unencrypted data in its files for a while after that.
      </p>
      <ErrorAlert message={error?.message} />
      <button type="button" className="danger-outline" disabled={busy} onClick={() => void run(() => vault.continuePlain()).then((s) => s && onDone(s, 'plain'))}>
        Continue without encryption
      </button>{' '}
      <button type="button" onClick={onBack}>
        Back
      </button>
    </div>
  );
}
