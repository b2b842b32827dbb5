import { useState } from 'react';
import type { CaseClient } from '@/lib/case-client';
import type { Case } from '@/lib/model';
import { CaseEditor } from './case/CaseEditor';
import { CaseList } from './case/CaseList';
import { Toast } from './ui/Toast';

type Screen = { name: 'list' } | { name: 'case'; id: string };

/** The side panel: the case list, or one open case. */
export function App({ client }: { client: CaseClient }) {
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [deleted, setDeleted] = useState<Case | null>(null);
  const [listVersion, setListVersion] = useState(0);

  const undoDelete = async () => {
    if (!deleted) return;
    await client.restore(deleted);
    setDeleted(null);
    setListVersion((v) => v + 1);
  };

  return (
    <div className="app">
      {screen.name === 'list' ? (
        <CaseList client={client} refresh={listVersion} onOpen={(id) => setScreen({ name: 'case', id })} />
      ) : (
        <CaseEditor
          key={screen.id}
          client={client}
          id={screen.id}
          onClose={() => setScreen({ name: 'list' })}
          onDeleted={(c) => {
            setDeleted(c);
            setScreen({ name: 'list' });
          }}
        />
      )}
      {deleted ? (
        <Toast
          message={`Deleted the case of ${deleted.client.firstName || deleted.client.lastName || 'an unnamed client'}.`}
          actionLabel="Undo"
          onAction={() => void undoDelete()}
          onDismiss={() => setDeleted(null)}
        />
      ) : null}
    </div>
  );
}
