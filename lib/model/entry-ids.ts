import type { CaseEvent } from './event';
import type { Evidence } from './evidence';

/** The parts of a case whose entries are addressed by id (merges, answers, exhibits refer to them). */
export interface WithEntries {
  events: CaseEvent[];
  evidence: Evidence[];
  /** Ids of entries removed from this case; never handed out again (see ensureUniqueIds). */
  retiredEntryIds?: string[];
}

export interface EntryIdOptions {
  /** Makes a fresh id; crypto.randomUUID by default (a UUID cannot collide with a retired or imported id). */
  newId?: () => string;
  /**
   * Ids that must not be given to an entry that is not already known under them: the ids of
   * entries removed earlier. An entry in `known` keeps its id even if it is retired elsewhere.
   */
  retired?: ReadonlySet<string>;
  known?: ReadonlySet<string>;
}

/**
 * The one rule for entry ids in a case: every event and every evidence item has a non-empty id,
 * unique within its list, and an id that once named a removed entry is not reused by a new one.
 * A duplicate (the second and later holders), a missing id or a retired id gets a fresh id; the
 * first holder keeps its id, so answers and merges that refer to it still find it. Pure; returns
 * the same object when nothing had to change.
 *
 * Why: the three-way merge of concurrent edits matches entries by id, and two entries under one
 * id let an edit of one overwrite the other (issue 12).
 * @example ensureUniqueIds({ events: [a, { ...b, id: a.id }], evidence: [] }).events[1].id // a fresh UUID
 */
export function ensureUniqueIds<T extends WithEntries>(c: T, opts: EntryIdOptions = {}): T {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  // The case's own retired ids always count: an import must not bring one back.
  const retired = c.retiredEntryIds?.length ? new Set([...(opts.retired ?? []), ...c.retiredEntryIds]) : opts.retired;
  const rules = { ...opts, retired };
  const events = renumber(c.events, newId, rules);
  const evidence = renumber(c.evidence, newId, rules);
  if (events === c.events && evidence === c.evidence) return c;
  return { ...c, events, evidence };
}

function renumber<E extends { id: string }>(list: E[], newId: () => string, opts: EntryIdOptions): E[] {
  const seen = new Set<string>();
  let out: E[] | null = null;
  list.forEach((entry, i) => {
    const id = typeof entry.id === 'string' ? entry.id : '';
    const reused = opts.retired?.has(id) && !opts.known?.has(id);
    if (id && !seen.has(id) && !reused) {
      seen.add(id);
      return;
    }
    let fresh = newId();
    while (seen.has(fresh) || opts.retired?.has(fresh)) fresh = newId();
    seen.add(fresh);
    out ??= list.slice();
    out[i] = { ...entry, id: fresh };
  });
  return out ?? list;
}

/**
 * The retired ids after a write: the ones retired before, plus every entry id of the stored
 * version that the new version no longer has.
 * @example retiredAfter({ events: [{ id: 'a' }] ... }, { events: [] ... }) // ['a']
 */
export function retiredAfter(stored: WithEntries | undefined, next: WithEntries): string[] {
  const before = new Set([...(stored?.retiredEntryIds ?? []), ...(next.retiredEntryIds ?? [])]);
  const still = new Set([...next.events, ...next.evidence].map((e) => e.id));
  for (const e of [...(stored?.events ?? []), ...(stored?.evidence ?? [])]) if (!still.has(e.id)) before.add(e.id);
  for (const id of still) before.delete(id);
  return [...before];
}
