import { clientDisplayName } from '../model';
import type { ImportItem } from '../db/case-transfer';
import type { ValidCaseEntry } from './contents';

export type OnConflict = 'keep-both' | 'replace';

/** A case in the file whose id is already in the store. */
export interface ImportConflict {
  id: string;
  name: string;
  updatedAt: string;
}

export interface ImportPlan {
  items: ImportItem[];
  conflicts: ImportConflict[];
  added: string[];
  replaced: string[];
  /** keep-both: the imported copy's new id. */
  keptBoth: Array<{ from: string; to: string }>;
}

/**
 * Decides what an import would write. Pure: existing ids and the id maker are passed in.
 * Without `onConflict`, conflicting cases are left out (the caller asks the user first).
 */
export function planImport(
  entries: ValidCaseEntry[],
  existingIds: ReadonlySet<string>,
  onConflict: OnConflict | undefined,
  newId: () => string,
): ImportPlan {
  const plan: ImportPlan = { items: [], conflicts: [], added: [], replaced: [], keptBoth: [] };
  for (const e of entries) {
    const c = e.case;
    if (!existingIds.has(c.id)) {
      plan.items.push({ case: c, audit: e.audit, replace: false });
      plan.added.push(c.id);
      continue;
    }
    plan.conflicts.push({ id: c.id, name: clientDisplayName(c.client), updatedAt: c.updatedAt });
    if (onConflict === 'replace') {
      plan.items.push({ case: c, audit: e.audit, replace: true });
      plan.replaced.push(c.id);
    } else if (onConflict === 'keep-both') {
      let id = newId();
      while (existingIds.has(id)) id = newId();
      plan.items.push({ case: { ...c, id }, audit: e.audit, replace: false });
      plan.keptBoth.push({ from: c.id, to: id });
    }
  }
  return plan;
}
