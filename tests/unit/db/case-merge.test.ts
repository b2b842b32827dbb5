import { describe, expect, it } from 'vitest';
import { mergeCase } from '@/lib/db/case-merge';
import { newCase, type Case, type CaseEvent } from '@/lib/model';

const ev = (id: string, more: Partial<CaseEvent> = {}) => ({ id, kind: 'conviction', section: '647(b)', ...more });
const base = (): Case =>
  newCase('c1', '2026-12-01T00:00:00.000Z', {
    client: { firstName: 'Ana', lastName: 'Reyes' } as never,
    events: [ev('e1'), ev('e2')] as never,
    trafficking: { periods: [{ from: '2012-01-01', to: '2013-01-01' }] } as never,
  });
const edit = (c: Case, change: (c: Case) => void): Case => {
  const copy = structuredClone(c);
  change(copy);
  return copy;
};

describe('mergeCase (three-way merge of a case)', () => {
  it('keeps changes to different fields from both sides, inside one object too', () => {
    const b = base();
    const mine = edit(b, (c) => (c.client.firstName = 'Anabel'));
    const theirs = edit(b, (c) => {
      c.client.lastName = 'Reyes Soto';
      c.notes = 'called';
    });
    const { merged, conflicts } = mergeCase(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.client).toMatchObject({ firstName: 'Anabel', lastName: 'Reyes Soto' });
    expect(merged.notes).toBe('called');
  });

  it('reports the same field changed on both sides with both values, and takes theirs until a choice', () => {
    const b = base();
    const mine = edit(b, (c) => (c.client.phone = '555-0101'));
    const theirs = edit(b, (c) => (c.client.phone = '555-0199'));
    const { merged, conflicts } = mergeCase(b, mine, theirs);
    expect(conflicts).toEqual([{ path: 'client.phone', mine: '555-0101', theirs: '555-0199' }]);
    expect(merged.client.phone).toBe('555-0199');
    expect(mergeCase(b, mine, theirs, { 'client.phone': 'mine' })).toMatchObject({ conflicts: [], merged: { client: { phone: '555-0101' } } });
  });

  it('the same change on both sides is no conflict', () => {
    const b = base();
    const both = edit(b, (c) => (c.notes = 'same'));
    expect(mergeCase(b, both, structuredClone(both)).conflicts).toEqual([]);
  });

  it('keeps events added on both sides under different ids, and field edits inside one event', () => {
    const b = base();
    const mine = edit(b, (c) => {
      c.events.push(ev('mine-1') as CaseEvent);
      c.events[0]!.date = '2014-01-01';
    });
    const theirs = edit(b, (c) => {
      c.events.push(ev('theirs-1') as CaseEvent);
      c.events[0]!.county = 'Orange';
    });
    const { merged, conflicts } = mergeCase(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.events.map((e) => e.id)).toEqual(['e1', 'e2', 'theirs-1', 'mine-1']);
    expect(merged.events[0]).toMatchObject({ date: '2014-01-01', county: 'Orange' });
  });

  it('an event deleted on one side and edited on the other is a conflict; deleted and untouched is deleted', () => {
    const b = base();
    const mine = edit(b, (c) => (c.events = c.events.filter((e) => e.id !== 'e1')));
    const theirs = edit(b, (c) => (c.events[0]!.disposition = 'dismissed'));
    const { merged, conflicts } = mergeCase(b, mine, theirs);
    expect(conflicts).toEqual([{ path: 'events[e1]', mine: undefined, theirs: theirs.events[0] }]);
    expect(merged.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(mergeCase(b, mine, theirs, { 'events[e1]': 'mine' }).merged.events.map((e) => e.id)).toEqual(['e2']);

    const untouched = edit(b, (c) => (c.notes = 'x'));
    expect(mergeCase(b, mine, untouched)).toMatchObject({ conflicts: [], merged: { notes: 'x' } });
    expect(mergeCase(b, mine, untouched).merged.events.map((e) => e.id)).toEqual(['e2']);
  });

  it('merges trafficking periods (no ids) as a set: added on either side kept, removed on one side removed', () => {
    const b = base();
    const mine = edit(b, (c) => c.trafficking.periods.push({ from: '2015-01-01', to: '2015-06-01' }));
    const theirs = edit(b, (c) => (c.trafficking.periods = [{ from: '2016-01-01', to: '2016-02-01' }]));
    const { merged, conflicts } = mergeCase(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.trafficking.periods).toEqual([
      { from: '2016-01-01', to: '2016-02-01' },
      { from: '2015-01-01', to: '2015-06-01' },
    ]);
  });

  it('without a base every difference is a conflict (nothing is overwritten blind)', () => {
    const b = base();
    const mine = edit(b, (c) => (c.notes = 'mine'));
    const theirs = edit(b, (c) => (c.client.firstName = 'Theirs'));
    expect(mergeCase(undefined, mine, theirs).conflicts.map((c) => c.path).sort()).toEqual(['client.firstName', 'notes']);
  });

  it('never merges the store stamps (updatedAt, revision): they come from theirs', () => {
    const b = { ...base(), revision: 1 };
    const mine = { ...b, updatedAt: '2026-12-02T00:00:00.000Z', notes: 'n' };
    const theirs = { ...b, updatedAt: '2026-12-03T00:00:00.000Z', revision: 2 };
    expect(mergeCase(b, mine, theirs)).toMatchObject({ conflicts: [], merged: { updatedAt: '2026-12-03T00:00:00.000Z', revision: 2, notes: 'n' } });
  });
});
