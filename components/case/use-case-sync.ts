import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseClient } from '@/lib/case-client';
import { mergeCase, same, type MergeChoice, type MergeConflict } from '@/lib/db/case-merge';
import type { PanelBroadcast } from '@/lib/messaging/panel-broadcast';
import type { Case } from '@/lib/model';
import { HELD, useAutosave } from '../ui/use-autosave';

/** Changes made elsewhere that touch what was typed here, waiting for the user's choice. */
export interface PendingConflict {
  /** Stored now (with its revision): what "keep theirs" keeps. */
  theirs: Case;
  /** The version both sides started from. */
  base: Case;
  conflicts: MergeConflict[];
}

export type Subscribe = (listener: (m: PanelBroadcast) => void) => () => void;

/**
 * One open case kept in step with the store and with other panels (issue 12).
 *
 * `base` is the version this panel loaded or last saved, with its revision; `draft` is what is on
 * screen. A save sends both (the background merges a stale save, or answers with conflicts); a
 * broadcast that the case changed elsewhere pulls the stored case and merges it into the draft,
 * so typing that is not saved yet is kept. A conflict pauses saving until the user chooses.
 */
export function useCaseSync(client: CaseClient, id: string, subscribe: Subscribe | undefined, onDeletedElsewhere: () => void) {
  const [draft, setDraft] = useState<Case | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const base = useRef<Case | null>(null);
  const draftRef = useRef<Case | null>(null);
  draftRef.current = draft;
  const saving = useRef(0);
  /** The newest revision another panel announced; pulled once no save of ours is in flight. */
  const announced = useRef(0);
  const deleting = useRef(false);

  const adopt = (stored: Case) => {
    base.current = stored;
    setDraft(stored);
  };

  const save = async (sent: Case): Promise<unknown> => {
    const from = base.current ?? undefined;
    saving.current++;
    try {
      const outcome = await client.save(sent, from);
      if (outcome.status === 'conflict') {
        setConflict({ theirs: outcome.theirs, base: from ?? outcome.theirs, conflicts: outcome.conflicts });
        return HELD;
      }
      if (base.current && outcome.revision <= (base.current.revision ?? 0)) return outcome; // a newer version is already here
      const stored = outcome.merged ?? { ...sent, updatedAt: outcome.updatedAt, revision: outcome.revision };
      base.current = stored;
      setDraft((now) => (now === sent || now === null ? stored : outcome.merged ? mergeKeepingMine(sent, now, stored) : now));
      return outcome;
    } finally {
      saving.current--;
      if (saving.current === 0) void pullIfBehind();
    }
  };

  const { state, flush } = useAutosave(draft, save, { isClean: (v) => v === base.current, paused: conflict !== null });

  /** Brings in a change saved elsewhere, keeping what was typed here. */
  const pullIfBehind = async () => {
    if (saving.current > 0 || !base.current || announced.current <= (base.current.revision ?? 0)) return;
    const theirs = await client.get(id).catch(() => null);
    if (!theirs || !base.current || (theirs.revision ?? 0) <= (base.current.revision ?? 0) || saving.current > 0) return;
    const mine = draftRef.current;
    if (!mine || mine === base.current) return adopt(theirs);
    const { merged, conflicts } = mergeCase(base.current, mine, theirs);
    if (conflicts.length) {
      setConflict({ theirs, base: base.current, conflicts });
      return;
    }
    base.current = theirs;
    setDraft(same(merged, theirs) ? theirs : merged);
  };

  useEffect(() => {
    client.get(id).then(adopt, (e: Error) => setLoadError(e.message));
    return subscribe?.((m) => {
      if (m.type === 'panel/changed' && m.id === id) {
        announced.current = Math.max(announced.current, m.revision);
        void pullIfBehind();
      }
      if (m.type === 'panel/deleted' && m.id === id && !deleting.current) onDeletedElsewhere();
    });
  }, [id]);

  /** The user chose, for every conflict, which side to keep: merge with those choices and save. */
  const resolve = useCallback(
    (choices: Record<string, MergeChoice>) => {
      const pending = conflict;
      const mine = draftRef.current;
      if (!pending || !mine) return;
      const { merged, conflicts } = mergeCase(pending.base, mine, pending.theirs, choices);
      base.current = pending.theirs;
      if (conflicts.length) {
        // Typed meanwhile into another field changed elsewhere: ask about that one too.
        setConflict({ ...pending, conflicts });
        return;
      }
      setConflict(null);
      setDraft(same(merged, pending.theirs) ? pending.theirs : merged);
    },
    [conflict],
  );

  const update = useCallback((change: (c: Case) => Case) => setDraft((c) => (c ? change(c) : c)), []);

  return { draft, loadError, state, flush, update, conflict, resolve, markDeleting: () => void (deleting.current = true) };
}

/**
 * After a save came back merged while the user kept typing: the merged case plus the typing. A
 * field typed here that the merge also changed keeps the typing (it is the newest).
 */
function mergeKeepingMine(sent: Case, now: Case, stored: Case): Case {
  const first = mergeCase(sent, now, stored);
  if (!first.conflicts.length) return first.merged;
  const mine = Object.fromEntries(first.conflicts.map((c) => [c.path, 'mine' as const]));
  return mergeCase(sent, now, stored, mine).merged;
}
