import { describe, expect, it } from 'vitest';
import { ensureUniqueIds, retiredAfter, type WithEntries } from '@/lib/model';

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const entries = (events: string[], evidence: string[] = []): WithEntries =>
  ({ events: events.map((id) => ({ id, kind: 'arrest' })), evidence: evidence.map((id) => ({ id, title: id })) }) as never;

describe('ensureUniqueIds', () => {
  it('renumbers duplicates (the first holder keeps its id) and missing ids', () => {
    const c = entries(['a', 'b', 'a', '', 'b'], ['x', 'x']);
    const out = ensureUniqueIds(c, { newId: counter() });
    expect(out.events.map((e) => e.id)).toEqual(['a', 'b', 'new-1', 'new-2', 'new-3']);
    expect(out.evidence.map((e) => e.id)).toEqual(['x', 'new-4']);
    expect(out.events[2]).toMatchObject({ kind: 'arrest' });
  });

  it('returns the same object when every id is already unique', () => {
    const c = entries(['a', 'b'], ['x']);
    expect(ensureUniqueIds(c)).toBe(c);
  });

  it('never hands out a retired id again, nor reuses one for a new entry', () => {
    const next = (() => {
      const ids = ['gone', 'gone', 'fresh'];
      return () => ids.shift()!;
    })();
    const out = ensureUniqueIds(entries(['kept', 'gone']), { newId: next, retired: new Set(['gone']), known: new Set(['kept']) });
    expect(out.events.map((e) => e.id)).toEqual(['kept', 'fresh']);
  });

  it('fresh ids are UUIDs by default', () => {
    const out = ensureUniqueIds(entries(['a', 'a']));
    expect(out.events[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retiredAfter adds the ids a write removes and keeps the old ones', () => {
    const stored = { ...entries(['a', 'b'], ['x']), retiredEntryIds: ['old'] };
    expect(retiredAfter(stored, entries(['b'])).sort()).toEqual(['a', 'old', 'x']);
  });
});
