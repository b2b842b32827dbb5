import { useEffect, useState } from 'react';
import type { CaseClient } from '@/lib/case-client';
import type { TrashedSummary } from '@/lib/db';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TRASH_DAYS } from '@/lib/db/trash-policy';

interface Props {
  client: CaseClient;
  onClose(): void;
  /** A case was restored: the list shows it again. */
  onRestored(id: string): void;
  /** Bumped by the parent when another panel changed the store. */
  refresh?: number;
}

/** Deleted cases, kept (encrypted, under their own keys) for 30 days, then purged with their keys. */
export function TrashView({ client, onClose, onRestored, refresh = 0 }: Props) {
  const [items, setItems] = useState<TrashedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => client.trash().then(setItems, (e: Error) => setError(e.message));
  useEffect(() => void load(), [refresh]);

  const restore = async (id: string) => {
    setError(null);
    try {
      await client.restore(id);
      setItems((all) => all?.filter((t) => t.id !== id) ?? null);
      onRestored(id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="bar">
        <button type="button" className="link" onClick={onClose}>
          ← All cases
        </button>
      </header>
      <h1 id="trash-title">Trash</h1>
      <p className="muted">Deleted cases stay here for {TRASH_DAYS} days, still encrypted, then they and their keys are destroyed.</p>
      <ErrorAlert message={error ?? undefined} />
      {items === null ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted empty">The trash is empty.</p>
      ) : (
        <ul className="cases" data-testid="trash-list">
          {items.map((t) => (
            <li key={t.id} className="case-row">
              <span className="case-name">{t.damaged ? 'A case that cannot be opened' : t.name}</span>
              <span className="case-meta">
                deleted {new Date(t.deletedAt).toLocaleDateString()} · purged after {purgeDay(t.deletedAt)}
              </span>
              <button type="button" onClick={() => void restore(t.id)} aria-label={`Restore ${t.name}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function purgeDay(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * 86_400_000).toLocaleDateString();
}
