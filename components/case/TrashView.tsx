import { useEffect, useState } from 'react';
import type { CaseClient } from '@/lib/case-client';
import type { TrashedSummary } from '@/lib/db';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TRASH_DAYS } from '@/lib/db/trash-policy';
import { useI18n } from '../ui/i18n';
import { localIsoDate } from '../ui/local-date';

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
  const { t, date } = useI18n();
  const [items, setItems] = useState<TrashedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => client.trash().then(setItems, (e: Error) => setError(e.message));
  useEffect(() => void load(), [refresh]);

  const restore = async (id: string) => {
    setError(null);
    try {
      await client.restore(id);
      setItems((all) => all?.filter((x) => x.id !== id) ?? null);
      onRestored(id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="bar">
        <button type="button" className="link" onClick={onClose}>
          {t('settings_back')}
        </button>
      </header>
      <h1 id="trash-title">{t('app_trash_title')}</h1>
      <p className="muted">{t('app_trash_intro', TRASH_DAYS)}</p>
      <ErrorAlert message={error ?? undefined} />
      {items === null ? (
        <p className="muted">{t('app_loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted empty">{t('app_trash_empty')}</p>
      ) : (
        <ul className="cases" data-testid="trash-list">
          {items.map((item) => (
            <li key={item.id} className="case-row">
              <span className="case-name">{item.damaged ? t('app_trash_damaged') : item.name}</span>
              <span className="case-meta">
                {t('app_trash_dates', date(localIsoDate(item.deletedAt)), date(purgeDay(item.deletedAt)))}
              </span>
              <button type="button" onClick={() => void restore(item.id)} aria-label={t('app_trash_restore_named', item.name)}>
                {t('app_trash_restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function purgeDay(deletedAt: string): string {
  return localIsoDate(Date.parse(deletedAt) + TRASH_DAYS * 86_400_000);
}
