import { useMemo, useState } from 'react';
import { addEvents, parseEventsCsv } from '@/lib/csv';
import { importText, readImportFile } from '@/lib/import/read-file';
import type { Case } from '@/lib/model';
import { useI18n } from '../ui/i18n';
import { rich } from '../ui/rich';
import { KIND_MESSAGES } from './EventRow';

interface Props {
  caseValue: Case;
  update(change: (c: Case) => Case): void;
  /** Records what was done in the case's activity log. */
  audit?(action: 'import' | 'packet', detail: string): void;
}

/**
 * Paste or open a CSV of record entries; a preview shows what will be added and every line
 * with a problem before anything is saved. Entries already in the case are not added twice.
 */
export function CsvImport({ caseValue, update, audit }: Props) {
  const { t, date } = useI18n();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const parsed = useMemo(() => (text.trim() ? parseEventsCsv(text) : null), [text]);
  const preview = useMemo(
    () => (parsed ? addEvents(caseValue.events, parsed.rows.map((r) => r.event), () => crypto.randomUUID()) : null),
    [parsed, caseValue.events],
  );

  const confirm = () => {
    if (!parsed || !preview) return;
    // Recompute inside the updater so entries added meanwhile are still not duplicated.
    update((c) => ({ ...c, events: addEvents(c.events, parsed.rows.map((row) => row.event), () => crypto.randomUUID()).events }));
    setMessage(preview.added.length === 1 ? t('record_csv_added_one') : t('record_csv_added_other', preview.added.length));
    audit?.('import', `CSV: ${preview.added.length} entries added.`);
    setText('');
  };

  return (
    <details className="csv-import">
      <summary>{t('record_csv_summary')}</summary>
      <p className="hint">{t('record_csv_hint')}</p>
      <textarea aria-label={t('record_csv_text')} rows={5} value={text} placeholder={t('record_csv_placeholder')} onChange={(e) => setText(e.target.value)} />
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t('record_csv_file')}
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          // The same check as the CLI's (size, first bytes) before the file is read whole.
          const r = await readImportFile(f, 'events-csv');
          setFileError(r.ok ? null : r.message);
          if (r.ok) setText(importText(r.bytes));
        }}
      />
      {fileError ? (
        <p className="alert alert--error" role="alert">
          {fileError}
        </p>
      ) : null}
      {message ? <p className="ok-text" role="status">{message}</p> : null}
      {parsed && preview ? (
        <div className="csv-preview" data-testid="csv-preview">
          <p>
            {rich(
              t,
              'record_csv_preview',
              <strong>{preview.added.length}</strong>,
              (preview.duplicates.length ? t('record_csv_dupes', preview.duplicates.length) : '') +
                (parsed.errors.length ? t(parsed.errors.length === 1 ? 'record_csv_errors_one' : 'record_csv_errors_other', parsed.errors.length) : ''),
            )}
            {parsed.ignored.length ? <> {t('record_csv_ignored', parsed.ignored.join(', '))}</> : null}
          </p>
          {parsed.errors.length ? (
            <ul className="csv-errors" role="alert">
              {parsed.errors.map((e, i) => (
                <li key={i}>{t('record_csv_line', e.line, e.message)}</li>
              ))}
            </ul>
          ) : null}
          <ul className="csv-rows">
            {preview.added.map((e) => (
              <li key={e.id}>
                {e.date ? date(e.date) : t('record_no_date')} · {t(KIND_MESSAGES[e.kind])} · {e.code} {e.section} {e.level} {e.description ? `· ${e.description}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="primary" disabled={preview.added.length === 0} onClick={confirm}>
            {preview.added.length === 1 ? t('record_csv_add_one') : t('record_csv_add_other', preview.added.length)}
          </button>{' '}
          <button type="button" onClick={() => setText('')}>
            {t('record_cancel')}
          </button>
        </div>
      ) : null}
    </details>
  );
}
