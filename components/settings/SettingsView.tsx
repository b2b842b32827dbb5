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
  const [encryptedNow, setEncryptedNow] = useState(false);
  return (
    <section className="settings" aria-labelledby="settings-title">
      <header className="bar">
        <button type="button" className="link" onClick={onClose}>
          ← All cases
        </button>
      </header>
      <h1 id="settings-title">Settings</h1>
      <LanguageSection browserLanguage={globalThis.navigator?.language ?? 'en'} />
      <section aria-labelledby="enc-title">
        <h2 id="enc-title">Encryption and lock</h2>
        {status.state === 'plain' ? (
          <>
            <div className="alert alert--warn" role="note" data-testid="plain-warning">
              <strong>Cases on this computer are not encrypted.</strong> Names, dates of birth and narratives are stored in
              plain text in this browser profile. Set a passphrase to encrypt them; the unencrypted copy is then deleted.
            </div>
            <SetPassphraseForm
              vault={vault}
              onDone={(s) => {
                setEncryptedNow(true);
                setStatus(s);
              }}
              submitLabel="Encrypt my cases"
            />
          </>
        ) : (
          <>
            <p>Cases are stored encrypted (AES-256-GCM, a key for each case). The key is kept in memory only while unlocked.</p>
            {encryptedNow ? (
              <div className="alert alert--warn" role="note">
                Your cases are now encrypted, and the unencrypted database was deleted. Chrome and other Chromium browsers may keep
                fragments of deleted data inside their own database files until they compact them, which no extension can force.
                To remove them for certain: download an encrypted backup below, remove and reinstall Vacatur Assist, then restore
                the backup.
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
  const { error, run } = useBusyAction();
  return (
    <div className="field">
      <label htmlFor="auto-lock">Lock after this long without activity</label>
      <select
        id="auto-lock"
        value={status.autoLockMinutes}
        onChange={(e) => void run(() => vault.setAutoLock(Number(e.target.value))).then((s) => s && setStatus(s))}
      >
        {[...new Set([...AUTO_LOCK_CHOICES, status.autoLockMinutes])].sort((a, b) => a - b).map((m) => (
          <option key={m} value={m}>
            {m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? '' : 's'}`}
          </option>
        ))}
      </select>
      <small className="hint">It also locks when the browser closes.</small>
      {error ? <p role="alert">{error.message}</p> : null}
    </div>
  );
}

function ChangePassphrase({ vault, setStatus }: Pick<Props, 'vault' | 'setStatus'>) {
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
          Change passphrase…
        </button>
        {done ? <span role="status"> Passphrase changed.</span> : null}
      </p>
    );
  }
  const ready = oldPassphrase && [...next.trim()].length >= MIN_PASSPHRASE && next === again && !busy;
  return (
    <form
      aria-label="Change passphrase"
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
      <PassphraseField label="Current passphrase" value={oldPassphrase} onChange={setOld} autoComplete="current-password" autoFocus />
      <PassphraseField label="New passphrase" value={next} onChange={setNext} autoComplete="new-password" />
      <PassphraseField label="New passphrase again" value={again} onChange={setAgain} autoComplete="new-password" />
      {next && again && next !== again ? <p className="field-problem">The two new passphrases are not the same.</p> : null}
      <ErrorAlert message={error?.message} />
      <button type="submit" className="primary" disabled={!ready}>
        {busy ? 'Re-encrypting keys…' : 'Change passphrase'}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

/** Whether the browser keeps the data under storage pressure, and how much it takes (issue 12). */
function StorageInfo({ storage }: { storage?: StoragePort }) {
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = () => void readStorageState(storage).then(setState);
  useEffect(refresh, []);
  return (
    <section aria-labelledby="storage-title" data-testid="storage-info">
      <h2 id="storage-title">Storage on this computer</h2>
      {state === null ? (
        <p className="muted">Checking…</p>
      ) : (
        <>
          <p>
            {state.persisted === true
              ? 'Persistent: the browser will not delete these cases to free space.'
              : state.persisted === false
                ? 'Not persistent: if the disk fills up, the browser may delete these cases. Keep encrypted backups.'
                : 'This browser does not say whether it keeps these cases when the disk fills up. Keep encrypted backups.'}
          </p>
          {state.usageBytes !== undefined ? (
            <p>
              Using {formatBytes(state.usageBytes)}
              {state.quotaBytes ? ` of ${formatBytes(state.quotaBytes)} available` : ''}.
            </p>
          ) : null}
          {state.persisted === false ? (
            <button type="button" onClick={() => void requestPersistence(storage).then(refresh)}>
              Ask the browser to keep them
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
