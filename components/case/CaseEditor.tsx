import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { CaseClient } from '@/lib/case-client';
import { clientDisplayName, toCaseFile, type Case } from '@/lib/model';
import { PacketPanel } from '../packet/PacketPanel';
import { nextDeadline } from '../packet/ServiceEditor';
import { CsvImport } from '../record/CsvImport';
import { RapImport } from '../rapsheet/RapImport';
import { RecordSummaryView } from '../summary/RecordSummaryView';
import { RecordEditor } from '../record/RecordEditor';
import { downloadFile, fileSafe } from '../ui/download';
import { SaveStatus } from '../ui/SaveStatus';
import { useAutosave } from '../ui/use-autosave';
import { AttorneyForm } from './AttorneyForm';
import { ClientForm } from './ClientForm';
import { TraffickingEditor } from './TraffickingEditor';

const TABS = ['Client', 'Attorney', 'Trafficking', 'Record', 'RAP sheet', 'Summary', 'Packet'] as const;
type Tab = (typeof TABS)[number];

interface Props {
  client: CaseClient;
  id: string;
  onClose(): void;
  onDeleted(c: Case): void;
}

/** One case: tabs for each part; every change saves itself. */
export function CaseEditor({ client, id, onClose, onDeleted }: Props) {
  const [draft, setDraft] = useState<Case | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('Client');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { state, flush } = useAutosave(draft, (c) => client.save(c));
  const update = useCallback((change: (c: Case) => Case) => setDraft((c) => (c ? change(c) : c)), []);

  useEffect(() => {
    client.get(id).then(setDraft, (e: Error) => setLoadError(e.message));
  }, [id]);

  if (loadError) {
    return (
      <section>
        <button type="button" className="link" onClick={onClose}>
          ← All cases
        </button>
        <div className="alert alert--error" role="alert">
          {loadError}
        </div>
      </section>
    );
  }
  if (!draft) return <p className="muted">Opening case…</p>;


  const exportCase = () => {
    const name = `vacatur-case-${fileSafe(draft.client.lastName || draft.client.firstName)}-${new Date().toISOString().slice(0, 10)}.json`;
    downloadFile(name, JSON.stringify(toCaseFile(draft), null, 2), 'application/json');
  };

  const remove = async () => {
    await flush();
    const removed = await client.remove(draft.id);
    onDeleted(removed);
  };

  const deadline = nextDeadline(draft);
  let body: ReactNode;
  switch (tab) {
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
      body = <RapImport caseValue={draft} update={update} asOf={todayIso()} />;
      break;
    case 'Summary':
      body = <RecordSummaryView caseValue={draft} asOf={todayIso()} />;
      break;
    case 'Packet':
      body = <PacketPanel caseValue={draft} update={update} asOf={todayIso()} />;
      break;
    case 'Record':
      body = <RecordEditor caseValue={draft} update={update} asOf={todayIso()} tools={<CsvImport caseValue={draft} update={update} />} />;
      break;
  }

  return (
    <section className="case-editor">
      <header className="bar">
        <button
          type="button"
          className="link"
          onClick={() => {
            void flush();
            onClose();
          }}
        >
          ← All cases
        </button>
        <SaveStatus state={state} />
      </header>
      <h1 className="case-title">{clientDisplayName(draft.client)}</h1>
      {deadline ? (
        <p className="deadline-banner" data-testid="case-deadline">
          Response due from {deadline.agency} by <strong>{deadline.due}</strong> (Pen. Code § 236.14(c))
        </p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={exportCase}>
          Export case file
        </button>
        {confirmDelete ? (
          <span className="confirm">
            Delete this case?{' '}
            <button type="button" className="danger" onClick={() => void remove()}>
              Yes, delete
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="danger-outline" onClick={() => setConfirmDelete(true)}>
            Delete case
          </button>
        )}
      </div>
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'tab tab--on' : 'tab'} onClick={() => setTab(t)}>
            {t}
          </button>
        ))}
      </nav>
      <div role="tabpanel" aria-label={tab}>
        {body}
      </div>
    </section>
  );
}

/** Today's date in the user's time zone, YYYY-MM-DD: the screening date in the panel. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
