import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { VaultClient } from '@/lib/case-client';
import type { VaultStatusReply } from '@/lib/messages';
import type { PanelBroadcast } from '@/lib/messaging/panel-broadcast';
import { LockScreen } from './LockScreen';
import { SetupScreen } from './SetupScreen';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';
import { requestPersistence } from '@/lib/db/storage-persistence';

/** How often, at most, the panel tells the background the user is active (the idle lock resets). */
const ACTIVITY_EVERY_MS = 30_000;

export interface VaultControls {
  status: VaultStatusReply;
  setStatus(s: VaultStatusReply): void;
  /** Lock now: the panel drops everything on screen and shows the lock screen. */
  lockNow(): Promise<void>;
  /** Quick exit: clear the screen at once, lock, and close the panel. */
  quickExit(): void;
  /** Set once, right after the first passphrase: offer a backup. */
  justSetUp: boolean;
}

interface Props {
  vault: VaultClient;
  /** The background's broadcasts (runtime.onMessage in the panel). Returns an unsubscribe. */
  subscribe(listener: (m: PanelBroadcast) => void): () => void;
  /** Closes the panel (window.close in the side panel; tests pass a spy). */
  close(): void;
  children(controls: VaultControls): ReactNode;
}

/**
 * Nothing of a case renders until the store is open: first use asks for a passphrase (or the
 * explicit choice to go without), a locked store asks to unlock. A lock from anywhere (Lock now,
 * the idle timer, the quick-exit shortcut) unmounts the whole app, so no case data stays in the
 * panel's memory or on screen.
 */
export function VaultGate({ vault, subscribe, close, children }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState<VaultStatusReply | null>(null);
  const [exited, setExited] = useState(false);
  const [justSetUp, setJustSetUp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lastActivity = useRef(0);

  const refresh = () => vault.status().then(setStatus, (e: Error) => setError(e.message));
  const quickExit = () => {
    setExited(true);
    void vault.lock().finally(close);
  };
  const lockNow = async () => setStatus(await vault.lock());

  useEffect(() => {
    void refresh();
    return subscribe((m) => {
      if (m.type === 'panel/quick-exit') quickExit();
      if (m.type === 'panel/locked') void refresh();
    });
  }, []);

  useEffect(() => {
    // The quick-exit shortcut also works while the panel has focus (the browser command covers the rest).
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyX') quickExit();
    };
    const onActivity = () => {
      if (Date.now() - lastActivity.current < ACTIVITY_EVERY_MS) return;
      lastActivity.current = Date.now();
      void vault.activity().catch(() => {});
    };
    addEventListener('keydown', onKey);
    addEventListener('keydown', onActivity);
    addEventListener('pointerdown', onActivity);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('keydown', onActivity);
      removeEventListener('pointerdown', onActivity);
    };
  }, []);

  const open = status?.state === 'plain' || status?.state === 'unlocked';
  useEffect(() => {
    // Once the store is open (set up or unlocked), ask the browser not to evict it (Firefox may prompt).
    if (open) void requestPersistence(globalThis.navigator?.storage);
  }, [open]);

  if (exited) return <div className="vault-exited" aria-hidden="true" />;
  if (error) {
    return <ErrorAlert message={error} />;
  }
  if (!status) return <p className="muted">{t('vault_opening')}</p>;
  switch (status.state) {
    case 'setup-needed':
      return (
        <SetupScreen
          vault={vault}
          onDone={(s, choice) => {
            setJustSetUp(choice === 'passphrase');
            setStatus(s);
          }}
        />
      );
    case 'locked':
      return <LockScreen vault={vault} status={status} onUnlocked={setStatus} />;
    case 'plain':
    case 'unlocked':
      return <>{children({ status, setStatus, lockNow, quickExit, justSetUp })}</>;
  }
}
