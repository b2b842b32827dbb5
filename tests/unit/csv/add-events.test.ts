import { expect, it } from 'vitest';
import { addEvents, entryKey } from '@/lib/csv';
import { CaseEvent } from '@/lib/model';

const ev = (id: string, over: Partial<CaseEvent> = {}) =>
  CaseEvent.parse({ id, kind: 'conviction', date: '2013-05-02', code: 'PC', section: '647(b)', caseNumber: '13CR1', ...over });

it('treats spacing and case of code, section and case number as the same entry', () => {
  expect(entryKey(ev('a'))).toBe(entryKey(ev('b', { code: 'pc', section: '647 (B)', caseNumber: '13cr1' })));
  expect(entryKey(ev('a'))).not.toBe(entryKey(ev('a', { kind: 'arrest' })));
});

it('skips entries already in the case and renames colliding ids', () => {
  let n = 0;
  const existing = [ev('c1'), ev('c2', { section: '484(a)' })];
  const r = addEvents(existing, [ev('x', { section: '647 (b)' }), ev('c1', { section: '11350(a)', code: 'HS' }), ev('c9', { section: '148.9(a)' })], () => `new-${++n}`);
  expect(r.duplicates.map((e) => e.id)).toEqual(['x']);
  expect(r.added.map((e) => e.id)).toEqual(['new-1', 'c9']);
  expect(r.events.map((e) => e.id)).toEqual(['c1', 'c2', 'new-1', 'c9']);
});

it('importing the same rows twice adds nothing the second time', () => {
  const rows = [ev('a'), ev('b', { date: '2014-01-01' })];
  const once = addEvents([], rows, () => 'z');
  const twice = addEvents(once.events, rows, () => 'z');
  expect(twice.added).toEqual([]);
  expect(twice.events).toEqual(once.events);
});
