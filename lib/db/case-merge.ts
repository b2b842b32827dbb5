/**
 * The three-way merge of two edits of one case (issue 12): `base` is the version a panel loaded,
 * `mine` its draft, `theirs` what is stored now (another panel saved meanwhile). Pure, over the
 * case JSON, so the background merges a stale save and the panel merges a change made elsewhere
 * with the same rules:
 * - a field changed on one side only takes that side's value; changed on both to the same value, fine;
 * - plain objects (client, attorney, trafficking, court, an entry) merge field by field;
 * - lists of entries with ids (events, evidence, prosecuting agencies) merge entry by entry by
 *   id: added on either side is kept, removed on one side and untouched on the other is removed;
 * - trafficking periods have no ids: they merge as a set of values (added on either side kept,
 *   removed on one side removed);
 * - `retiredEntryIds` is a union (an id once retired stays retired);
 * - anything else changed on both sides to different values is a conflict, as is an entry
 *   removed on one side and edited on the other. At a conflict the merged value is theirs;
 *   `choices` (from the user: keep mine / keep theirs) decide it instead.
 */

export type MergeChoice = 'mine' | 'theirs';

export interface MergeConflict {
  /** Stable key of the place, e.g. `client.firstName`, `events[e3].date`, `events[e3]`. */
  path: string;
  /** The value on each side; `undefined` where that side removed it. */
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

/** Fields that are the store's bookkeeping, not the attorney's work: never merged, never a conflict. */
const STAMPS = new Set(['updatedAt', 'revision']);

/**
 * @example
 * const { merged, conflicts } = mergeCase(loaded, draft, stored);
 * // conflicts: [{ path: 'client.phone', mine: '555-0101', theirs: '555-0199' }]
 */
export function mergeCase<T extends object>(base: T | undefined, mine: T, theirs: T, choices: Record<string, MergeChoice> = {}): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeObject(base as Rec | undefined, mine as Rec, theirs as Rec, '', { choices, conflicts }, true) as T;
  return { merged, conflicts };
}

type Rec = Record<string, unknown>;
interface Ctx {
  choices: Record<string, MergeChoice>;
  conflicts: MergeConflict[];
}

const MISSING = undefined;

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, ctx: Ctx): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) return mergeObject(isRecord(base) ? base : MISSING, mine, theirs, path, ctx, false);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    if (path === 'trafficking.periods' || path === 'retiredEntryIds') return mergeSet(b, mine, theirs, path === 'retiredEntryIds');
    if (hasIds(mine) && hasIds(theirs) && hasIds(b)) return mergeById(b, mine, theirs, path, ctx);
  }
  return conflict(path, mine, theirs, ctx);
}

function mergeObject(base: Rec | undefined, mine: Rec, theirs: Rec, path: string, ctx: Ctx, top: boolean): Rec {
  const out: Rec = {};
  for (const key of union(Object.keys(theirs), Object.keys(mine))) {
    if (top && STAMPS.has(key)) {
      out[key] = theirs[key];
      continue;
    }
    const v = mergeValue(base?.[key], mine[key], theirs[key], path ? `${path}.${key}` : key, ctx);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function mergeById(base: Rec[], mine: Rec[], theirs: Rec[], path: string, ctx: Ctx): Rec[] {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  // Theirs' order first, then what only mine added, in mine's order.
  const ids = union(theirs.map(idOf), mine.map(idOf));
  const out: Rec[] = [];
  for (const id of ids) {
    const at = `${path}[${id}]`;
    const [bv, mv, tv] = [b.get(id), m.get(id), t.get(id)];
    let v: unknown;
    if (mv && tv) v = mergeValue(bv, mv, tv, at, ctx);
    else if (!bv) v = mv ?? tv; // added on one side
    else if (mv && !tv) v = same(bv, mv) ? undefined : conflict(at, mv, undefined, ctx); // they removed it
    else if (tv && !mv) v = same(bv, tv) ? undefined : conflict(at, undefined, tv, ctx); // I removed it
    if (v !== undefined) out.push(v as Rec);
  }
  return out;
}

/** Lists without ids: what either side added is in, what either side removed is out. */
function mergeSet(base: unknown[], mine: unknown[], theirs: unknown[], unionOnly: boolean): unknown[] {
  const key = (v: unknown) => JSON.stringify(v);
  const b = new Set(base.map(key));
  const removed = new Set(unionOnly ? [] : [...b].filter((k) => !mine.some((v) => key(v) === k) || !theirs.some((v) => key(v) === k)));
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const v of [...theirs, ...mine]) {
    const k = key(v);
    if (seen.has(k) || removed.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function conflict(path: string, mine: unknown, theirs: unknown, ctx: Ctx): unknown {
  const choice = ctx.choices[path];
  if (choice) return choice === 'mine' ? mine : theirs;
  ctx.conflicts.push({ path, mine, theirs });
  return theirs;
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: Rec) => v.id as string;
const hasIds = (list: unknown[]): list is Rec[] => list.every((v) => isRecord(v) && typeof v.id === 'string' && v.id !== '');
const byId = (list: Rec[]) => new Map(list.map((v) => [idOf(v), v]));
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Deep equality over JSON values (a case is JSON: strings, numbers, booleans, arrays, objects). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}
