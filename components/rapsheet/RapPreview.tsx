import { useEffect } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { RapCaseEntry, RapWarning } from '@/lib/rapsheet';
import { VerdictBadge } from '../record/VerdictBadge';

interface Props {
  entries: RapCaseEntry[];
  /** The sheet's lines (1-based numbering in entries and warnings). */
  lines: string[];
  verdicts: Map<string, ScreenItem>;
  warnings: RapWarning[];
}

/** Each parsed entry beside the source lines it came from, and the parser's warnings by line. */
export function RapPreview({ entries, lines, verdicts, warnings }: Props) {
  useEffect(() => {
    // The benchmark reads this mark: time until the preview of a pasted sheet is on screen.
    performance.mark('rap-preview-rendered', { detail: entries.length });
  }, [entries]);
  return (
    <div className="rap-preview" data-testid="rap-preview">
      {warnings.length ? (
        <details className="rap-warnings" open={warnings.length <= 5}>
          <summary>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'} (lines the parser could not fully read)
          </summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ol className="rap-entries">
        {entries.map(({ event: e, lines: [from, to] }) => {
          const item = verdicts.get(e.id);
          return (
            <li key={e.id} className="rap-entry">
              <div className="rap-entry-parsed">
                {item ? <VerdictBadge verdict={item.verdict} /> : null} <strong>{e.date || 'no date'}</strong> {e.kind} · {e.code} {e.section} {e.level}
                {e.attempted ? ' (attempt)' : ''}
                <span className="event-desc">
                  {e.description}
                  {e.county ? ` · ${e.county}` : ''}
                  {e.caseNumber ? ` · #${e.caseNumber}` : ''}
                  {e.disposition ? ` · ${e.disposition}` : ''}
                </span>
              </div>
              <pre className="rap-source" aria-label={`Source lines ${from} to ${to}`}>
                {lines
                  .slice(from - 1, Math.min(to, from + 11))
                  .map((l, i) => `${String(from + i).padStart(5)}  ${l}`)
                  .join('\n')}
                {to - from > 11 ? `\n      … to line ${to}` : ''}
              </pre>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
