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

describe('every import path applies the rule', () => {
  it('a case file with duplicate and retired ids is renumbered when the repository writes it', async () => {
    const { CaseRepository, VacaturDb } = await import('@/lib/db');
    const { parseCaseFile } = await import('@/lib/model');
    const { testClock } = await import('../../factories/case-factory');
    const file = {
      format: 'vacatur-assist/case',
      version: 1,
      case: { client: { lastName: 'Dup' }, events: [{ id: 'e1', kind: 'arrest' }, { id: 'e1', kind: 'conviction' }], evidence: [{ id: 'x', title: 'a' }, { id: 'x', title: 'b' }] },
    };
    const parsed = parseCaseFile(file);
    if (!parsed.ok) throw new Error('expected a valid file');
    const repo = new CaseRepository(new VacaturDb(`ids-${Math.random()}`), testClock());
    const stored = await repo.get((await repo.create(parsed.body)).id);
    expect(stored.events.map((e) => e.id)[0]).toBe('e1');
    expect(new Set(stored.events.map((e) => e.id)).size).toBe(2);
    expect(new Set(stored.evidence.map((e) => e.id)).size).toBe(2);
  });

  it('RAP sheet merge and CSV import never leave a duplicate or a retired id', async () => {
    const { mergeRapSheetIntoCase } = await import('@/lib/rapsheet/merge');
    const { addEvents } = await import('@/lib/csv/add-events');
    const { CaseBody } = await import('@/lib/model');
    const body = CaseBody.parse({ client: {}, events: [{ id: 'a', kind: 'arrest' }, { id: 'a', kind: 'arrest', date: '2014-01-01' }], retiredEntryIds: ['old'] });
    const incoming = CaseBody.parse({ client: {}, events: [{ id: 'old', kind: 'conviction', section: '653.22', source: 'L9' }] }).events;
    const merged = mergeRapSheetIntoCase(body, { events: incoming, client: {} }).body;
    const ids = merged.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('old');
    const csv = addEvents(body.events, CaseBody.parse({ client: {}, events: [{ id: 'a', kind: 'arrest', section: '1' }] }).events, () => 'n1').events;
    expect(new Set(csv.map((e) => e.id)).size).toBe(csv.length);
  });
});
