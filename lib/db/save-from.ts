import { Case, problemsFrom } from '../model';
import type { CaseRepository } from './case-repository';
import { mergeCase, type MergeConflict } from './case-merge';
import { Stale, StoreError } from './errors';

/**
 * What a panel's save comes to.
 * - saved: written at `revision`. `merged` is set when what was written is not the draft as sent
 *   (another panel's changes merged in, or an entry id renumbered): the panel adopts it.
 * - conflict: nothing written. The same field changed here and elsewhere; `theirs` is the stored
 *   case (with its revision), each conflict has both values for the user to choose.
 */
export type SaveOutcome =
  | { status: 'saved'; id: string; updatedAt: string; revision: number; merged?: Case }
  | { status: 'conflict'; id: string; theirs: Case; conflicts: MergeConflict[] };

/** How often a save is planned again when another write lands between the read and the write. */
const ATTEMPTS = 3;

/**
 * Why the panel sends its base (the version it loaded) with every save, rather than the
 * background remembering what it served: the background is an MV3 service worker that the
 * browser stops when idle, so a memory of served versions would vanish exactly when a panel has
 * been open a long time; the panel always has its base. See CaseRepository.saveFrom.
 */
export async function saveFrom(repo: CaseRepository, draft: unknown, base?: unknown): Promise<SaveOutcome> {
  const parsed = Case.safeParse(draft, { reportInput: true });
  if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
  const mine = parsed.data;
  const loaded = base === undefined ? undefined : Case.safeParse(base).data;
  if (loaded && loaded.id !== mine.id) throw new StoreError('The case and the version it was edited from are not the same case.', 'invalid');
  const basedOn = loaded?.revision ?? mine.revision;

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = repo.clock.now();
    try {
      const current = await repo.revisionOf(mine.id);
      if (current === undefined) throw new StoreError('That case no longer exists (it may have been deleted).', 'not-found');
      if (current === basedOn) {
        const saved = await repo.write({ ...mine, updatedAt: now }, { expectRevision: current, previous: loaded });
        return stamp(saved, sameEntries(saved.case, mine) ? undefined : saved);
      }
      const { row, case: theirs } = await repo.storedRow(mine.id);
      const { merged, conflicts } = mergeCase<Case>(loaded, mine, theirs);
      if (conflicts.length) return { status: 'conflict', id: mine.id, theirs, conflicts };
      const valid = Case.safeParse(merged, { reportInput: true });
      if (!valid.success) throw new StoreError('The merged case has problems and was not saved.', 'invalid', problemsFrom(valid.error));
      const saved = await repo.write({ ...valid.data, updatedAt: now }, { expectRevision: row.revision ?? 1, previous: theirs });
      return stamp(saved, saved);
    } catch (e) {
      if (!(e instanceof Stale)) throw e;
    }
  }
  throw new StoreError('The case is being changed in another panel right now. Try again in a moment.', 'busy');
}

function stamp(saved: { case: Case; revision: number }, merged: { case: Case } | undefined): SaveOutcome {
  const { id, updatedAt } = saved.case;
  return { status: 'saved', id, updatedAt, revision: saved.revision, ...(merged ? { merged: { ...merged.case, revision: saved.revision } } : {}) };
}

const idsOf = (c: Case) => [...c.events, ...c.evidence].map((e) => e.id).join('\n');
const sameEntries = (a: Case, b: Case) => idsOf(a) === idsOf(b);
