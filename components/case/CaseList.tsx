import { useEffect, useMemo, useState } from 'react';
import { ClientError, type CaseClient } from '@/lib/case-client';
import { importText, readImportFile } from '@/lib/import/read-file';
import type { CaseSummary } from '@/lib/db';
import { clientDisplayName, parseCaseFile, parseCaseFileText, type Problem } from '@/lib/model';
import sample from '@/lib/sample/sample-case.json';
import { ProblemList } from '../ui/ProblemList';
import { FileButton } from '../ui/FileButton';
import { STATUS_MESSAGES } from '@/lib/case-status';
import { useI18n } from '../ui/i18n';
import { formatDateTime, localIsoDate } from '../ui/local-date';
import { shownName } from './client-name';

interface Props {
  client: CaseClient;
  onOpen(id: string): void;
  /** Bumped by the parent to reload (after an undo, or a change in another panel). */
  refresh: number;
  /** Opens the trash (deleted cases, restorable for 30 days). */
  onOpenTrash?(): void;
}

/** Every stored case, most recently changed first, with its status and next response date; search by name or alias. */
export function CaseList({ client, onOpen, refresh, onOpenTrash }: Props) {
  const { t, date, locale } = useI18n();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<{ title: string; problems: Problem[] } | null>(null);

  useEffect(() => {
    client.list().then(setCases, (e: Error) => setError({ title: e.message, problems: [] }));
  }, [refresh]);

  useEffect(() => {
    // The benchmark reads this mark: time from page start to a rendered case list.
    if (cases) performance.mark('case-list-rendered', { detail: cases.length });
  }, [cases]);

  // Today, for "response period ended" (the store's summaries carry the date only).
  const today = useMemo(() => localIsoDate(Date.now()), [cases]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!cases || !q) return cases ?? [];
    return cases.filter((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase().includes(q)));
  }, [cases, query]);

  const create = async (body: unknown) => {
    setError(null);
    try {
      const c = await client.create(body);
      onOpen(c.id);
    } catch (e) {
      setError({ title: (e as Error).message, problems: e instanceof ClientError ? e.problems : [] });
    }
  };

  const importFile = async (file: File) => {
    setError(null);
    // The same check as the CLI's (size, first bytes) before the file is read whole.
    const read = await readImportFile(file, 'case-json');
    if (!read.ok) {
      setError({ title: t('case_import_refused', read.message), problems: [] });
      return;
    }
    const result = parseCaseFileText(importText(read.bytes));
    if (!result.ok) {
      setError({ title: t('case_import_invalid', file.name), problems: result.problems });
      return;
    }
    await create(result.body);
  };

  const loadSample = () => {
    const parsed = parseCaseFile(sample);
    if (!parsed.ok) return;
    // One sample is enough: open the one already here instead of piling up copies.
    const name = clientDisplayName(parsed.body.client);
    const existing = cases?.find((c) => c.name === name && !c.damaged);
    if (existing) onOpen(existing.id);
    else void create(parsed.body);
  };

  return (
    <section className="case-list">
      <header className="bar">
        <h1>{t('case_list_title')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void create({ client: {} })}>
            {t('case_new')}
          </button>
          <FileButton accept=".json,application/json" testId="import-case-input" onFile={(f) => void importFile(f)}>
            {t('case_import')}
          </FileButton>
          <button type="button" onClick={loadSample}>
            {t('case_sample')}
          </button>
          {onOpenTrash ? (
            <button type="button" className="link" onClick={onOpenTrash}>
              {t('app_trash_title')}
            </button>
          ) : null}
        </div>
      </header>
      {error ? <ProblemList title={error.title} problems={error.problems} /> : null}
      <input
        className="search"
        type="search"
        placeholder={t('case_search_placeholder')}
        aria-label={t('case_search_label')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {cases === null ? (
        <p className="muted">{t('case_loading')}</p>
      ) : cases.length === 0 ? (
        <p className="muted empty">{t('case_empty')}</p>
      ) : (
        <>
          <p className="muted count" data-testid="case-count">
            {shown.length === cases.length
              ? t(cases.length === 1 ? 'case_count_one' : 'case_count_other', cases.length)
              : t(cases.length === 1 ? 'case_count_filtered_one' : 'case_count_filtered_other', shown.length, cases.length)}
          </p>
          <ul className="cases" data-testid="case-list">
            {shown.map((c) => (
              <li key={c.id}>
                {c.damaged ? (
                  <DamagedRow id={c.id} why={c.damaged} onDiscard={() => void client.discard(c.id).then(() => setCases((all) => all?.filter((x) => x.id !== c.id) ?? null))} />
                ) : (
                <button type="button" className="case-row" onClick={() => onOpen(c.id)}>
                  <span className="case-name">{shownName(t, c.name)}</span>
                  <span className="case-meta">
                    {t(c.events === 1 ? 'case_entries_one' : 'case_entries_other', c.events)}
                    {c.counties.length ? ` · ${c.counties.join(', ')}` : ''} · {t('case_changed', formatDateTime(c.updatedAt, locale))}
                  </span>
                  <span className="case-meta case-progress" data-testid="case-status">
                    <span className="nowrap">
                      {c.status?.date
                        ? t('case_list_status_date', t(STATUS_MESSAGES[c.status.key]), date(c.status.date))
                        : t('case_list_status', t(STATUS_MESSAGES[c.status?.key ?? 'intake']))}
                    </span>
                    {c.responseDue ? (
                      c.responseDue < today ? (
                        <>{' '}<span className="case-due case-due--passed">· {t('case_list_due_passed', date(c.responseDue))}</span></>
                      ) : (
                        <>{' '}<span className="case-due">· {t('case_list_due', date(c.responseDue))}</span></>
                      )
                    ) : null}
                  </span>
                </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A stored case that cannot be opened (bad ciphertext, missing key): listed alone, never hiding the others. */
function DamagedRow({ why, onDiscard }: { id: string; why: string; onDiscard(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="case-row case-row--damaged" role="group" aria-label={t('case_damaged_group')}>
      <span className="case-name">{t('app_trash_damaged')}</span>
      <span className="case-meta">{t('case_damaged_why', why)}</span>
      {confirming ? (
        <span>
          <button type="button" className="danger" onClick={onDiscard}>
            {t('case_damaged_remove_yes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('case_keep')}
          </button>
        </span>
      ) : (
        <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>
          {t('case_damaged_remove')}
        </button>
      )}
    </div>
  );
}
