import { useEffect, useState } from 'react';
import { formatBytes, readStorageState, requestPersistence, type StoragePort, type StorageState } from '@/lib/db/storage-persistence';
import type { VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import { PassphraseField } from '../vault/PassphraseField';
import { SetPassphraseForm, MIN_PASSPHRASE } from '../vault/SetupScreen';
import { useBusyAction } from '../vault/use-busy-action';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LanguageSection } from './LanguageSection';
import { useI18n } from '../ui/i18n';

const AUTO_LOCK_CHOICES = [5, 10, 15, 30, 60, 120];

interface Props {
  vault: VaultClient;
  status: VaultStatusReply;
  setStatus(s: VaultStatusReply): void;
  onClose(): void;
  /** Further sections (portals, backups), built by the app with the clients they need. */
  sections?: ReactNode;
  /** navigator.storage in the panel; tests pass a fake. */
  storage?: StoragePort;
}

/** Settings: encryption and the lock, then backups. */
export function SettingsView({ vault, status, setStatus, onClose, sections, storage = globalThis.navigator?.storage }: Props) {
  const { t } = useI18n();
  const [encryptedNow, setEncryptedNow] = useState(false);
  return (
    <section className="settings" aria-labelledby="settings-title">
      <header className="bar">
        <button type="button" className="link" onClick={onClose}>
          {t('settings_back')}
        </button>
      </header>
      <h1 id="settings-title">{t('settings_title')}</h1>
      <LanguageSection browserLanguage={globalThis.navigator?.language ?? 'en'} />
      <section aria-labelledby="enc-title">
        <h2 id="enc-title">{t('settings_enc_title')}</h2>
        {status.state === 'plain' ? (
          <>
            <div className="alert alert--warn" role="note" data-testid="plain-warning">
              <strong>{t('settings_plain_strong')}</strong> {t('settings_plain_rest')}
            </div>
            <SetPassphraseForm
              vault={vault}
              onDone={(s) => {
                setEncryptedNow(true);
                setStatus(s);
              }}
              submitLabel={t('settings_encrypt_submit')}
            />
          </>
        ) : (
          <>
            <p>{t('settings_encrypted')}</p>
            {encryptedNow ? (
              <div className="alert alert--warn" role="note">
                {t('settings_encrypted_now')}
              </div>
            ) : null}
            <AutoLock vault={vault} status={status} setStatus={setStatus} />
            <ChangePassphrase vault={vault} setStatus={setStatus} />
          </>
        )}
      </section>
      <StorageInfo storage={storage} />
      {sections}
    </section>
  );
}

function AutoLock({ vault, status, setStatus }: Pick<Props, 'vault' | 'status' | 'setStatus'>) {
  const { t } = useI18n();
  const { error, run } = useBusyAction();
  return (
    <div className="field">
      <label htmlFor="auto-lock">{t('settings_autolock')}</label>
      <select
        id="auto-lock"
        value={status.autoLockMinutes}
        onChange={(e) => void run(() => vault.setAutoLock(Number(e.target.value))).then((s) => s && setStatus(s))}
      >
        {[...new Set([...AUTO_LOCK_CHOICES, status.autoLockMinutes])].sort((a, b) => a - b).map((m) => (
          <option key={m} value={m}>
            {m < 60 ? t('settings_minutes', m) : m === 60 ? t('settings_hour') : t('settings_hours', m / 60)}
          </option>
        ))}
      </select>
      <small className="hint">{t('settings_autolock_hint')}</small>
      {error ? <p role="alert">{error.message}</p> : null}
    </div>
  );
}

function ChangePassphrase({ vault, setStatus }: Pick<Props, 'vault' | 'setStatus'>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [oldPassphrase, setOld] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useBusyAction();
  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('settings_change_open')}
        </button>
        {done ? <span role="status"> {t('settings_changed')}</span> : null}
      </p>
    );
  }
  const ready = oldPassphrase && [...next.trim()].length >= MIN_PASSPHRASE && next === again && !busy;
  return (
    <form
      aria-label={t('settings_change')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        void run(() => vault.changePassphrase(oldPassphrase, next)).then((s) => {
          if (!s) return;
          setStatus(s);
          setOpen(false);
          setDone(true);
          setOld('');
          setNext('');
          setAgain('');
        });
      }}
    >
      <PassphraseField label={t('settings_current')} value={oldPassphrase} onChange={setOld} autoComplete="current-password" autoFocus />
      <PassphraseField label={t('settings_new')} value={next} onChange={setNext} autoComplete="new-password" />
      <PassphraseField label={t('settings_new_again')} value={again} onChange={setAgain} autoComplete="new-password" />
      {next && again && next !== again ? <p className="field-problem">{t('settings_new_not_same')}</p> : null}
      <ErrorAlert message={error?.message} />
      <button type="submit" className="primary" disabled={!ready}>
        {busy ? t('settings_reencrypting') : t('settings_change')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('settings_cancel')}
      </button>
    </form>
  );
}

/** Whether the browser keeps the data under storage pressure, and how much it takes (issue 12). */
function StorageInfo({ storage }: { storage?: StoragePort }) {
  const { t } = useI18n();
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = () => void readStorageState(storage).then(setState);
  useEffect(refresh, []);
  return (
    <section aria-labelledby="storage-title" data-testid="storage-info">
      <h2 id="storage-title">{t('settings_storage_title')}</h2>
      {state === null ? (
        <p className="muted">{t('settings_checking')}</p>
      ) : (
        <>
          <p>
            {state.persisted === true
              ? t('settings_persisted')
              : state.persisted === false
                ? t('settings_not_persisted')
                : t('settings_persisted_unknown')}
          </p>
          {state.usageBytes !== undefined ? (
            <p>
              {state.quotaBytes ? t('settings_usage_of', formatBytes(state.usageBytes), formatBytes(state.quotaBytes)) : t('settings_usage', formatBytes(state.usageBytes))}
            </p>
          ) : null}
          {state.persisted === false ? (
            <button type="button" onClick={() => void requestPersistence(storage).then(refresh)}>
              {t('settings_persist_ask')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
