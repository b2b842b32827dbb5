import { useEffect } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { RapCaseEntry, RapWarning } from '@/lib/rapsheet';
import { VerdictBadge } from '../record/VerdictBadge';
import { useI18n } from '../ui/i18n';

interface Props {
  entries: RapCaseEntry[];
  /** The sheet's lines (1-based numbering in entries and warnings). */
  lines: string[];
  verdicts: Map<string, ScreenItem>;
  warnings: RapWarning[];
}

/** Each parsed entry beside the source lines it came from, and the parser's warnings by line. */
export function RapPreview({ entries, lines, verdicts, warnings }: Props) {
  const { t, date } = useI18n();
  useEffect(() => {
    // The benchmark reads this mark: time until the preview of a pasted sheet is on screen.
    performance.mark('rap-preview-rendered', { detail: entries.length });
  }, [entries]);
  return (
    <div className="rap-preview" data-testid="rap-preview">
      {warnings.length ? (
        <details className="rap-warnings" open={warnings.length <= 5}>
          <summary>
            {warnings.length === 1 ? t('summary_rap_warnings_one', 1) : t('summary_rap_warnings_other', warnings.length)}
          </summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                {t('summary_rap_line', w.line, w.message)}
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
                {item ? <VerdictBadge verdict={item.verdict} /> : null} <strong>{e.date ? date(e.date) : t('fill_no_date')}</strong> {t(`ui_kind_${e.kind}`)} · {e.code}{' '}
                {e.section} {e.level}
                {e.attempted ? ` ${t('summary_rap_attempt')}` : ''}
                <span className="event-desc">
                  {e.description}
                  {e.county ? ` · ${e.county}` : ''}
                  {e.caseNumber ? ` · #${e.caseNumber}` : ''}
                  {e.disposition ? ` · ${e.disposition}` : ''}
                </span>
              </div>
              <pre className="rap-source" aria-label={t('summary_rap_source', from, to)}>
                {lines
                  .slice(from - 1, Math.min(to, from + 11))
                  .map((l, i) => `${String(from + i).padStart(5)}  ${l}`)
                  .join('\n')}
                {to - from > 11 ? `\n      ${t('summary_rap_to_line', to)}` : ''}
              </pre>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
