import { useState } from 'react';
import type { MergeChoice, MergeConflict } from '@/lib/db/case-merge';
import type { PendingConflict } from './use-case-sync';
import { useI18n } from '../ui/i18n';
import type { I18n } from '../ui/i18n';

interface Props {
  conflict: PendingConflict;
  /** Called once every conflict has a choice. */
  onResolve(choices: Record<string, MergeChoice>): void;
}

/**
 * The same field was changed here and in another panel: both values side by side, and a choice
 * for each. Nothing is saved until every one is chosen (issue 12: never lose either side silently).
 */
export function ConflictPanel({ conflict, onResolve }: Props) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const choose = (path: string, choice: MergeChoice) => {
    const next = { ...choices, [path]: choice };
    setChoices(next);
    if (conflict.conflicts.every((c) => next[c.path])) onResolve(next);
  };
  return (
    <div className="alert alert--warn conflict" role="group" aria-label={t('app_conflict_group')} data-testid="conflict">
      <p>
        <strong>{t('app_conflict_strong')}</strong> {conflict.conflicts.length === 1 ? t('app_conflict_rest_one') : t('app_conflict_rest_other')}
      </p>
      <ul className="conflicts">
        {conflict.conflicts.map((c) => (
          <li key={c.path} role="group" aria-label={describePath(c.path, t)}>
            <strong>{describePath(c.path, t)}</strong>
            <div>
              {t('app_conflict_mine')} <q data-testid="conflict-mine">{describeValue(c.mine, t)}</q>
            </div>
            <div>
              {t('app_conflict_theirs')} <q data-testid="conflict-theirs">{describeValue(c.theirs, t)}</q>
            </div>
            <button type="button" aria-pressed={choices[c.path] === 'mine'} onClick={() => choose(c.path, 'mine')}>
              {t('app_conflict_keep_mine')}
            </button>{' '}
            <button type="button" aria-pressed={choices[c.path] === 'theirs'} onClick={() => choose(c.path, 'theirs')}>
              {t('app_conflict_keep_theirs')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const PART_KEY: Record<string, string> = {
  client: 'app_part_client',
  attorney: 'app_part_attorney',
  trafficking: 'app_part_trafficking',
  events: 'app_part_events',
  evidence: 'app_part_evidence',
  court: 'app_part_court',
  notes: 'app_part_notes',
};

/**
 * `client.firstName` → "Client: First name" (the field's label on the Client or Attorney tab when
 * it has one, `client_<field>`); `events[e3].date` → "Record entry: date".
 */
export function describePath(path: MergeConflict['path'], t: I18n['t']): string {
  const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const parts = path.replace(/\[[^\]]*\]/g, '').split('.');
  const partKey = PART_KEY[parts[0]!];
  const head = partKey ? t(partKey) : words(parts[0]!);
  const label = (field: string) => {
    const key = parts[0] === 'attorney' ? `client_attorney_${field}` : `client_${field}`;
    const text = parts.length === 2 && (parts[0] === 'client' || parts[0] === 'attorney') ? t(key) : key;
    return text === key ? words(field) : text;
  };
  const rest = parts.slice(1).map(label).join(' › ');
  return rest ? `${head}: ${rest}` : path.includes('[') ? t('app_conflict_removed_changed', head) : head;
}

function describeValue(v: unknown, t: I18n['t']): string {
  if (v === undefined) return t('app_conflict_removed');
  if (typeof v === 'string') return v === '' ? t('app_conflict_empty') : v;
  if (typeof v === 'object' && v !== null && 'section' in v) {
    const e = v as { code?: string; section?: string; date?: string };
    return `${e.code ?? ''} ${e.section ?? ''} ${e.date ?? ''}`.trim();
  }
  return JSON.stringify(v);
}
