import { useState } from 'react';
import type { VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import { PassphraseField } from './PassphraseField';
import { useBusyAction } from './use-busy-action';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';

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
  const { t } = useI18n();
  const [skip, setSkip] = useState(false);
  return (
    <main className="vault-screen" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('vault_setup_title')}</h1>
      <p>{t('vault_setup_intro')}</p>
      {skip ? <ContinuePlain vault={vault} onDone={onDone} onBack={() => setSkip(false)} /> : <SetPassphraseForm vault={vault} onDone={(s) => onDone(s, 'passphrase')} />}
      {skip ? null : (
        <p>
          <button type="button" className="link" onClick={() => setSkip(true)}>
            {t('vault_setup_skip')}
          </button>
        </p>
      )}
    </main>
  );
}

/** Passphrase + confirmation + the acknowledgement that it cannot be recovered. Used by setup and settings. */
export function SetPassphraseForm({ vault, onDone, submitLabel }: { vault: VaultClient; onDone(s: VaultStatusReply): void; submitLabel?: string }) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const { busy, error, run } = useBusyAction();
  const problem =
    passphrase.length > 0 && [...passphrase.trim()].length < MIN_PASSPHRASE
      ? t('vault_too_short', MIN_PASSPHRASE)
      : confirm.length > 0 && confirm !== passphrase
        ? t('vault_not_same')
        : null;
  const ready = !problem && passphrase.length > 0 && confirm === passphrase && understood && !busy;
  return (
    <form
      aria-label={t('vault_set_form')}
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void run(() => vault.setup(passphrase)).then((s) => s && onDone(s));
      }}
    >
      <PassphraseField label={t('vault_passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" autoFocus />
      <PassphraseField label={t('vault_passphrase_again')} value={confirm} onChange={setConfirm} autoComplete="new-password" />
      <div className="alert alert--warn">
        <strong>{t('vault_unrecoverable_strong')}</strong> {t('vault_unrecoverable_rest')}
      </div>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('vault_understood')}
      </label>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <ErrorAlert message={error?.message} />
      <button type="submit" className="primary" disabled={!ready}>
        {busy ? t('vault_encrypting') : (submitLabel ?? t('vault_set_submit'))}
      </button>
    </form>
  );
}

function ContinuePlain({ vault, onDone, onBack }: Props & { onBack(): void }) {
  const { t } = useI18n();
  const { busy, error, run } = useBusyAction();
  return (
    <div className="alert alert--warn" role="group" aria-label={t('vault_plain_group')}>
      <p>
        <strong>{t('vault_plain_strong')}</strong> {t('vault_plain_rest')}
      </p>
      <ErrorAlert message={error?.message} />
      <button type="button" className="danger-outline" disabled={busy} onClick={() => void run(() => vault.continuePlain()).then((s) => s && onDone(s, 'plain'))}>
        {t('vault_plain_continue')}
      </button>{' '}
      <button type="button" onClick={onBack}>
        {t('vault_back')}
      </button>
    </div>
  );
}
