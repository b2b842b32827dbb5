import { useState } from 'react';
import type { ScrapeResult } from '@/lib/autofill/scrape';
import { notYetInCase } from '@/lib/autofill/scrape';
import { ensureUniqueIds, type Case } from '@/lib/model';
import { ErrorAlert } from '../ui/ErrorAlert';

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
        Import charges from this page…
      </button>
      <ErrorAlert message={error} />
      {result ? (
        <div className="card" data-testid="charges-preview">
          <p>
            Case {result.caseNumber || '(no case number on the page)'}
            {result.court ? `, ${result.court}` : ''}: {result.events.length} charges read, <strong>{fresh.length} new</strong>,{' '}
            {result.events.length - fresh.length} already in the case.
          </p>
          {result.warnings.map((w) => (
            <p key={w} className="muted">
              {w}
            </p>
          ))}
          <ul>
            {fresh.map((e) => (
              <li key={e.id}>
                {e.date || 'no date'} · {e.code} {e.section} {e.description} · {e.kind}
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
              setMessage(`Added ${fresh.length} entries to the record.`);
              setResult(null);
            }}
          >
            Add {fresh.length} entries
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
