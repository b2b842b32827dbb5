import { useState } from 'react';
import type { ScrapeResult } from '@/lib/autofill/scrape';
import { notYetInCase } from '@/lib/autofill/scrape';
import { ensureUniqueIds, type Case } from '@/lib/model';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useI18n } from '../ui/i18n';

interface Props {
  caseValue: Case;
  read(): Promise<ScrapeResult>;
  update(change: (c: Case) => Case): void;
  audit(action: 'import', detail: string): void;
}

/**
 * "Import charges from this page" on a court case-summary page: a preview of what is new, then
 * the entries are added to the record. Entries already in the case (from an earlier import or
 * the RAP sheet: same case number, section and date) are not added twice.
 */
export function ChargesImport({ caseValue, read, update, audit }: Props) {
  const { t, date } = useI18n();
  const [result, setResult] = useState<ScrapeResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fresh = result ? notYetInCase(caseValue.events, result.events) : [];
  return (
    <div className="charges-import">
      <button
        type="button"
        onClick={() => {
          setMessage(null);
          setError(null);
          read().then(setResult, (e: Error) => setError(e.message));
        }}
      >
        {t('fill_charges_import')}
      </button>
      <ErrorAlert message={error} />
      {result ? (
        <div className="card" data-testid="charges-preview">
          <p>
            {t('fill_charges_case', result.caseNumber || t('fill_charges_no_number'))}
            {result.court ? `, ${result.court}` : ''}: {t('fill_charges_read', result.events.length)} <strong>{t('fill_charges_new', fresh.length)}</strong>,{' '}
            {t('fill_charges_already', result.events.length - fresh.length)}
          </p>
          {result.warnings.map((w) => (
            <p key={w} className="muted">
              {w /* English, from lib/autofill/scrape */}
            </p>
          ))}
          <ul>
            {fresh.map((e) => (
              <li key={e.id}>
                {e.date ? date(e.date) : t('fill_no_date')} · {e.code} {e.section} {e.description} · {t(`ui_kind_${e.kind}`)}
                {e.disposition ? ` (${e.disposition})` : ''}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            disabled={!fresh.length}
            onClick={() => {
              // Recompute inside the updater, so entries added meanwhile are not doubled.
              update((c) => ensureUniqueIds({ ...c, events: [...c.events, ...notYetInCase(c.events, result.events)] }));
              audit('import', `Case-summary page ${result.caseNumber}: ${fresh.length} charges added.`);
              setMessage(fresh.length === 1 ? t('fill_charges_added_one', 1) : t('fill_charges_added_other', fresh.length));
              setResult(null);
            }}
          >
            {fresh.length === 1 ? t('fill_charges_add_one', 1) : t('fill_charges_add_other', fresh.length)}
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
