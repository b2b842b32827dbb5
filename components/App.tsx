import { useEffect, useRef, useState } from 'react';
import type { AdaptersClient, CaseClient, DefaultsClient, RecordsClient, VaultClient } from '@/lib/case-client';
import type { PortalAccess } from '@/lib/extension/portal-access';
import type { Case } from '@/lib/model';
import type { PanelBroadcast } from '@/lib/messaging/panel-broadcast';
import { CaseEditor } from './case/CaseEditor';
import { CaseList } from './case/CaseList';
import { TrashView } from './case/TrashView';
import { BackupReminder } from './case/BackupReminder';
import { BackupExport, BackupSection } from './settings/BackupSection';
import { PortalsSection } from './settings/PortalsSection';
import { PracticeDefaultsSection } from './settings/PracticeDefaultsSection';
import { SettingsView } from './settings/SettingsView';
import { Toast } from './ui/Toast';
import { VaultGate, type VaultControls } from './vault/VaultGate';
import { useI18n } from './ui/i18n';
import { TRASH_DAYS } from '@/lib/db/trash-policy';

type Screen = { name: 'list' } | { name: 'case'; id: string } | { name: 'settings' } | { name: 'trash' };

interface Props {
  client: CaseClient;
  vault: VaultClient;
  records: RecordsClient;
  adapters: AdaptersClient;
  access: PortalAccess;
  /** The office's defaults for new cases (Settings); optional so tests can leave it out. */
  defaults?: DefaultsClient;
  subscribe(listener: (m: PanelBroadcast) => void): () => void;
  close(): void;
}

/** The side panel: the lock in front, then the case list, one open case, or settings. */
export function App({ client, vault, records, adapters, access, defaults, subscribe, close }: Props) {
  return (
    <VaultGate vault={vault} subscribe={subscribe} close={close}>
      {(controls) => <Workspace client={client} vault={vault} records={records} adapters={adapters} access={access} defaults={defaults} controls={controls} subscribe={subscribe} />}
    </VaultGate>
  );
}

interface WorkspaceProps {
  client: CaseClient;
  vault: VaultClient;
  records: RecordsClient;
  adapters: AdaptersClient;
  access: PortalAccess;
  controls: VaultControls;
  defaults?: DefaultsClient;
  subscribe(listener: (m: PanelBroadcast) => void): () => void;
}

function Workspace({ client, vault, records, adapters, access, defaults, controls, subscribe }: WorkspaceProps) {
  const { t } = useI18n();
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [offerBackup, setOfferBackup] = useState(controls.justSetUp);
  const [deleted, setDeleted] = useState<Case | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const { status } = controls;

  // Another panel created, saved, deleted or restored a case: the list (or trash) shows it. Only
  // while one of them is on screen, and at most once a second: another panel typing saves every
  // 400 ms, and a list reload opens every case.
  const screenName = useRef(screen.name);
  screenName.current = screen.name;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = subscribe((m) => {
      if ((m.type !== 'panel/changed' && m.type !== 'panel/deleted') || timer) return;
      if (screenName.current !== 'list' && screenName.current !== 'trash') return;
      timer = setTimeout(() => {
        timer = undefined;
        setListVersion((v) => v + 1);
      }, 1000);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);

  const undoDelete = async () => {
    if (!deleted) return;
    // The case waits in the trash: undo takes it out again.
    await client.restore(deleted.id);
    setDeleted(null);
    setListVersion((v) => v + 1);
  };

  return (
    <div className="app">
      <nav className="topbar" aria-label={t('extName')}>
        {status.state === 'plain' ? (
          <button type="button" className="link danger" onClick={() => setScreen({ name: 'settings' })}>
            {t('app_not_encrypted')}
          </button>
        ) : null}
        <button type="button" className="link" onClick={() => setScreen({ name: 'settings' })}>
          {t('app_settings')}
        </button>
        {status.state === 'unlocked' ? (
          <button type="button" className="link" title={t('app_lock_now_hint')} onClick={() => void controls.lockNow()}>
            {t('app_lock_now')}
          </button>
        ) : null}
      </nav>
      <main>
      {screen.name === 'settings' ? (
        <SettingsView
          vault={vault}
          status={status}
          setStatus={controls.setStatus}
          onClose={() => setScreen({ name: 'list' })}
          sections={
            <>
              {defaults ? <PracticeDefaultsSection defaults={defaults} /> : null}
              <PortalsSection access={access} adapters={adapters} />
              <BackupSection records={records} onImported={() => setListVersion((v) => v + 1)} />
            </>
          }
        />
      ) : screen.name === 'trash' ? (
        <TrashView client={client} refresh={listVersion} onClose={() => setScreen({ name: 'list' })} onRestored={() => setListVersion((v) => v + 1)} />
      ) : screen.name === 'list' ? (
        <>
          {offerBackup ? (
            <div className="card" role="group" aria-label={t('app_back_up_now')}>
              <p>
                <strong>{t('app_passphrase_set_strong')}</strong> {t('app_passphrase_set_rest')}
              </p>
              <BackupExport records={records} />
              <button type="button" className="link" onClick={() => setOfferBackup(false)}>
                {t('app_not_now')}
              </button>
            </div>
          ) : null}
          {offerBackup ? null : <BackupReminder key={listVersion} records={records} onBackUp={() => setScreen({ name: 'settings' })} />}
          <CaseList
            client={client}
            refresh={listVersion}
            onOpen={(id) => setScreen({ name: 'case', id })}
            onOpenTrash={() => setScreen({ name: 'trash' })}
          />
        </>
      ) : (
        <CaseEditor
          key={screen.id}
          client={client}
          records={records}
          adapters={adapters}
          access={access}
          id={screen.id}
          subscribe={subscribe}
          onClose={() => setScreen({ name: 'list' })}
          onDeletedElsewhere={() => {
            setNotice(t('app_deleted_elsewhere', TRASH_DAYS));
            setScreen({ name: 'list' });
          }}
          onDeleted={(c) => {
            setDeleted(c);
            setScreen({ name: 'list' });
          }}
        />
      )}
      </main>
      {notice ? <Toast message={notice} onDismiss={() => setNotice(null)} /> : null}
      {deleted ? (
        <Toast
          message={t('app_deleted', deleted.client.firstName || deleted.client.lastName || t('app_unnamed_client'))}
          actionLabel={t('app_undo')}
          onAction={() => void undoDelete()}
          onDismiss={() => setDeleted(null)}
        />
      ) : null}
    </div>
  );
}
