import { useState } from 'react';
import type { MergeChoice, MergeConflict } from '@/lib/db/case-merge';
import type { PendingConflict } from './use-case-sync';

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
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const choose = (path: string, choice: MergeChoice) => {
    const next = { ...choices, [path]: choice };
    setChoices(next);
    if (conflict.conflicts.every((c) => next[c.path])) onResolve(next);
  };
  return (
    <div className="alert alert--warn conflict" role="group" aria-label="Changed in another panel" data-testid="conflict">
      <p>
        <strong>This case was changed in another panel while you were editing.</strong> Other changes were combined; for
        {conflict.conflicts.length === 1 ? ' this field' : ' these fields'}, choose which value to keep. Your typing is not saved until you do.
      </p>
      <ul className="conflicts">
        {conflict.conflicts.map((c) => (
          <li key={c.path} role="group" aria-label={describePath(c.path)}>
            <strong>{describePath(c.path)}</strong>
            <div>
              Yours: <q data-testid="conflict-mine">{describeValue(c.mine)}</q>
            </div>
            <div>
              Other panel: <q data-testid="conflict-theirs">{describeValue(c.theirs)}</q>
            </div>
            <button type="button" aria-pressed={choices[c.path] === 'mine'} onClick={() => choose(c.path, 'mine')}>
              Keep mine
            </button>{' '}
            <button type="button" aria-pressed={choices[c.path] === 'theirs'} onClick={() => choose(c.path, 'theirs')}>
              Keep theirs
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `client.firstName` → "Client: first name"; `events[e3].date` → "Record entry: date". */
export function describePath(path: MergeConflict['path']): string {
  const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const parts = path.replace(/\[[^\]]*\]/g, '').split('.');
  const head = { client: 'Client', attorney: 'Attorney', trafficking: 'Trafficking', events: 'Record entry', evidence: 'Exhibit', court: 'Court', notes: 'Notes' }[parts[0]!] ?? words(parts[0]!);
  const rest = parts.slice(1).map(words).join(' › ');
  return rest ? `${head}: ${rest}` : path.includes('[') ? `${head} (removed on one side, changed on the other)` : head;
}

function describeValue(v: unknown): string {
  if (v === undefined) return '(removed)';
  if (typeof v === 'string') return v === '' ? '(empty)' : v;
  if (typeof v === 'object' && v !== null && 'section' in v) {
    const e = v as { code?: string; section?: string; date?: string };
    return `${e.code ?? ''} ${e.section ?? ''} ${e.date ?? ''}`.trim();
  }
  return JSON.stringify(v);
}
