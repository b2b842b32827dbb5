import { Case, problemsFrom } from '../model';
import type { CaseRepository } from './case-repository';
import { mergeCase, same, type MergeConflict } from './case-merge';
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

/**
 * What a save of changed parts comes to: as a full save, or `rebase` when the case moved on
 * since the panel's base (nothing written; the panel sends its draft and base for the merge).
 */
export type PatchOutcome = SaveOutcome | { status: 'rebase'; id: string; revision: number };

/** Top-level fields a panel may not send as a change: the store's identity and stamps. */
export const UNPATCHABLE = new Set(['id', 'createdAt', 'updatedAt', 'revision']);

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
        return stamp(saved, sameEntries(saved.case, mine) && same(saved.case.evidence, mine.evidence) ? undefined : saved);
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

/**
 * The changed-parts save (why: a case's parts are small, but a 300-event record sent twice, as
 * draft and base, on every keystroke's autosave is most of a save's cost; and a case whose
 * exhibits travelled inside it could not be saved at all). The stored case at `baseRevision` is
 * the panel's base, so base + changes is the panel's draft: written as it is, no merge needed.
 * When the case moved on, the merge needs the panel's base, which only the panel has: `rebase`.
 */
export async function saveChanges(repo: CaseRepository, id: string, baseRevision: number, set: Record<string, unknown>, unset: string[]): Promise<PatchOutcome> {
  const refused = [...Object.keys(set), ...unset].filter((k) => UNPATCHABLE.has(k));
  if (refused.length) throw new StoreError(`These fields cannot be changed by a save: ${refused.join(', ')}.`, 'invalid');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { row, case: stored } = await repo.storedRow(id);
    const current = row.revision ?? 1;
    if (current !== baseRevision) return { status: 'rebase', id, revision: current };
    const draft: Record<string, unknown> = { ...stored, ...set };
    for (const k of unset) delete draft[k];
    const parsed = Case.safeParse(draft, { reportInput: true });
    if (!parsed.success) throw new StoreError('The case has problems and was not saved.', 'invalid', problemsFrom(parsed.error));
    try {
      const saved = await repo.write({ ...parsed.data, updatedAt: repo.clock.now() }, { expectRevision: current, previous: stored });
      const changed = !sameEntries(saved.case, parsed.data) || !same(saved.case.evidence, parsed.data.evidence);
      return stamp(saved, changed ? saved : undefined);
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
