import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { AdaptersClient, CaseClient, RecordsClient } from '@/lib/case-client';
import type { PortalAccess } from '@/lib/extension/portal-access';
import { FillPanel } from '../fill/FillPanel';
import { FormsPanel } from '../forms/FormsPanel';
import { adapterFor } from '../fill/adapter-for';
import { clientDisplayName, type Case } from '@/lib/model';
import { PacketPanel } from '../packet/PacketPanel';
import { nextDeadline } from '@/lib/packet/deadlines';
import { CsvImport } from '../record/CsvImport';
import { RapImport } from '../rapsheet/RapImport';
import { RecordSummaryView } from '../summary/RecordSummaryView';
import { RecordEditor } from '../record/RecordEditor';
import { EncryptedFileExport } from '../settings/EncryptedFileExport';
import { downloadFile, fileSafe, todayStamp } from '../ui/download';
import { SaveStatus } from '../ui/SaveStatus';
import { TabList, tabId, tabPanelId } from '../ui/TabList';
import { ConflictPanel } from './ConflictPanel';
import { useCaseSync, type Subscribe } from './use-case-sync';
import { useExhibits } from '../packet/use-exhibits';
import { AttorneyForm } from './AttorneyForm';
import { ClientForm } from './ClientForm';
import { TraffickingEditor } from './TraffickingEditor';
import { ActivityLog } from './ActivityLog';
import { CASE_TABS, CaseNavProvider, useCaseTabs, type CaseTab } from './case-nav';
import { CaseOverview } from './CaseOverview';
import { useI18n } from '../ui/i18n';
import { rich } from '../ui/rich';
import { shownName } from './client-name';

// The overview first: a case opens on it (issue 14).
const TABS = CASE_TABS;
type Tab = CaseTab;

interface Props {
  client: CaseClient;
  records: RecordsClient;
  adapters: AdaptersClient;
  /** The browser side of autofill (the active tab, site access, the portal agent). */
  access: PortalAccess;
  id: string;
  /** The background's broadcasts: a change or delete of this case in another panel. */
  subscribe?: Subscribe;
  onClose(): void;
  onDeleted(c: Case): void;
  /** The case went to the trash from another panel: close with a message. */
  onDeletedElsewhere?(): void;
}

/** One case: tabs for each part; every change saves itself. */
export function CaseEditor({ client, records, adapters, access, id, subscribe, onClose, onDeleted, onDeletedElsewhere = onClose }: Props) {
  const { t, date } = useI18n();
  const { tab, select, nav, panelRef } = useCaseTabs('Overview');
  const tabsId = useId();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [sharing, setSharing] = useState<'none' | 'plain-export' | 'handoff'>('none');
  const { draft, loadError, state, flush, update, conflict, resolve, markDeleting } = useCaseSync(client, id, subscribe, onDeletedElsewhere);
  // Exhibit files live in their own table: an exported case file carries them (data: URLs), self-contained.
  const exhibits = useExhibits();
  // An opened case takes the focus on its title (issue 14: focus goes somewhere sensible after
  // "New case" or opening a case), so Tab goes on to its actions and tabs, not from the page's top.
  const title = useRef<HTMLHeadingElement>(null);
  const opened = !!draft;
  useEffect(() => {
    if (opened) title.current?.focus();
  }, [opened]);

  if (loadError) {
    return (
      <section>
        <button type="button" className="link" onClick={onClose}>
          ← {t('case_all_cases')}
        </button>
        <div className="alert alert--error" role="alert">
          {loadError}
        </div>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('case_opening')}</p>;


  const audit = (action: 'import' | 'packet' | 'export' | 'fill', detail: string, fields?: string[]) => void records.audit(draft.id, action, detail, fields).catch(() => {});
  const fileLabel = fileSafe(draft.client.lastName || draft.client.firstName);
  const exportCase = async () => {
    downloadFile(`vacatur-case-${fileLabel}-${todayStamp()}.json`, JSON.stringify(await exhibits.caseFile(draft), null, 2), 'application/json');
    audit('export', 'Exported an unencrypted case file.');
    setSharing('none');
  };
  const exportHandoff = async (passphrase: string) => {
    await flush();
    downloadFile(`vacatur-handoff-${fileLabel}-${todayStamp()}.json`, await records.exportHandoff(draft.id, passphrase), 'application/json');
    return t('case_handoff_done');
  };

  const remove = async () => {
    await flush();
    markDeleting();
    const removed = await client.remove(draft.id);
    onDeleted(removed);
  };

  const deadline = nextDeadline(draft.prosecutingAgencies, todayIso());
  let body: ReactNode;
  switch (tab) {
    case 'Overview':
      body = <CaseOverview caseValue={draft} update={update} asOf={todayIso()} />;
      break;
    case 'Client':
      body = <ClientForm value={draft.client} onChange={(client) => update((c) => ({ ...c, client }))} />;
      break;
    case 'Attorney':
      body = <AttorneyForm value={draft.attorney} onChange={(attorney) => update((c) => ({ ...c, attorney }))} />;
      break;
    case 'Trafficking':
      body = <TraffickingEditor value={draft.trafficking} onChange={(trafficking) => update((c) => ({ ...c, trafficking }))} />;
      break;
    case 'RAP sheet':
      body = <RapImport caseValue={draft} update={update} asOf={todayIso()} audit={audit} />;
      break;
    case 'Summary':
      body = <RecordSummaryView caseValue={draft} asOf={todayIso()} />;
      break;
    case 'Packet':
      body = <PacketPanel caseValue={draft} update={update} asOf={todayIso()} audit={audit} />;
      break;
    case 'Record':
      body = <RecordEditor caseValue={draft} update={update} asOf={todayIso()} tools={<CsvImport caseValue={draft} update={update} audit={audit} />} />;
      break;
    case 'Fill':
      body = <FillPanel caseValue={draft} update={update} access={access} adapters={adapters} adapterFor={adapterFor} audit={audit} />;
      break;
    case 'Forms':
      body = <FormsPanel caseValue={draft} update={update} asOf={todayIso()} audit={audit} />;
      break;
    case 'Activity':
      body = <ActivityLog records={records} caseId={draft.id} />;
      break;
  }

  return (
    <CaseNavProvider value={nav}>
    <section
      className="case-editor"
      onKeyDown={(e) => {
        // Escape closes what is open here (the export / hand-off card, the delete question).
        if (e.key !== 'Escape' || (sharing === 'none' && !confirmDelete)) return;
        setSharing('none');
        setConfirmDelete(false);
      }}
    >
      <header className="bar">
        <button
          type="button"
          className="link"
          onClick={() => {
            void flush();
            onClose();
          }}
        >
          ← {t('case_all_cases')}
        </button>
        <SaveStatus state={state} />
      </header>
      <h1 className="case-title" ref={title} tabIndex={-1}>
        {shownName(t, clientDisplayName(draft.client))}
      </h1>
      {deadline ? (
        deadline.passed ? (
          <p className="deadline-banner deadline-banner--passed" role="status" data-testid="case-deadline">
            {rich(t, 'overview_deadline_passed', <strong>{t('overview_deadline_ended')}</strong>, deadline.agency, date(deadline.due))}
          </p>
        ) : (
          <p className="deadline-banner" data-testid="case-deadline">
            {rich(t, 'overview_deadline_due', deadline.agency, <strong>{date(deadline.due)}</strong>)}
          </p>
        )
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => setSharing(sharing === 'handoff' ? 'none' : 'handoff')} aria-expanded={sharing === 'handoff'}>
          {t('case_handoff')}
        </button>
        <button type="button" onClick={() => setSharing(sharing === 'plain-export' ? 'none' : 'plain-export')} aria-expanded={sharing === 'plain-export'}>
          {t('case_export')}
        </button>
        {confirmDelete ? (
          <span className="confirm">
            {t('case_delete_question')}{' '}
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('case_delete_yes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('case_keep')}
            </button>
          </span>
        ) : (
          <button type="button" className="danger-outline" onClick={() => setConfirmDelete(true)}>
            {t('case_delete')}
          </button>
        )}
      </div>
      {sharing === 'handoff' ? (
        <div className="card">
          <p>{t('case_handoff_intro')}</p>
          <EncryptedFileExport label={t('case_handoff_label')} submitLabel={t('case_handoff_submit')} exportWith={exportHandoff} />
        </div>
      ) : null}
      {sharing === 'plain-export' ? (
        <div className="alert alert--warn" role="group" aria-label={t('case_plain_group')}>
          <p>
            <strong>{t('case_plain_strong')}</strong> {t('case_plain_rest')}
          </p>
          <button type="button" className="danger-outline" onClick={() => void exportCase()}>
            {t('case_plain_export')}
          </button>{' '}
          <button type="button" onClick={() => setSharing('none')}>
            {t('case_cancel')}
          </button>
        </div>
      ) : null}
      {conflict ? <ConflictPanel key={conflict.conflicts.map((c) => c.path).join('|') + (conflict.theirs.revision ?? 0)} conflict={conflict} onResolve={resolve} /> : null}
      <nav aria-label={t('case_parts')}>
        <TabList label={t('case_parts')} idBase={tabsId} tabs={TABS} current={tab} onSelect={select} />
      </nav>
      <div role="tabpanel" id={tabPanelId(tabsId, tab)} aria-labelledby={tabId(tabsId, tab)} ref={panelRef}>
        {body}
      </div>
    </section>
    </CaseNavProvider>
  );
}

/** Today's date in the user's time zone, YYYY-MM-DD: the screening date in the panel. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
