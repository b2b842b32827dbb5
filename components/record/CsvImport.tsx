import { useMemo, useState } from 'react';
import { addEvents, parseEventsCsv } from '@/lib/csv';
import { importText, readImportFile } from '@/lib/import/read-file';
import type { Case } from '@/lib/model';

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
    setMessage(`Added ${preview.added.length} entries.`);
    audit?.('import', `CSV: ${preview.added.length} entries added.`);
    setText('');
  };

  return (
    <details className="csv-import">
      <summary>Import entries from CSV</summary>
      <p className="hint">
        Columns (header row, any order): id, date, code, section, description, level, disposition, county, court, case_number, event. Unknown columns are
        ignored.
      </p>
      <textarea aria-label="CSV text" rows={5} value={text} placeholder="Paste CSV here, or open a file below" onChange={(e) => setText(e.target.value)} />
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="Open a CSV file"
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
            <strong>{preview.added.length}</strong> to add
            {preview.duplicates.length ? `, ${preview.duplicates.length} already in the case` : ''}
            {parsed.errors.length ? `, ${parsed.errors.length} line${parsed.errors.length === 1 ? '' : 's'} with problems (not imported)` : ''}.
            {parsed.ignored.length ? ` Ignored columns: ${parsed.ignored.join(', ')}.` : ''}
          </p>
          {parsed.errors.length ? (
            <ul className="csv-errors" role="alert">
              {parsed.errors.map((e, i) => (
                <li key={i}>
                  Line {e.line}: {e.message}
                </li>
              ))}
            </ul>
          ) : null}
          <ul className="csv-rows">
            {preview.added.map((e) => (
              <li key={e.id}>
                {e.date || 'no date'} · {e.kind} · {e.code} {e.section} {e.level} {e.description ? `· ${e.description}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="primary" disabled={preview.added.length === 0} onClick={confirm}>
            Add {preview.added.length} entries
          </button>{' '}
          <button type="button" onClick={() => setText('')}>
            Cancel
          </button>
        </div>
      ) : null}
    </details>
  );
}
