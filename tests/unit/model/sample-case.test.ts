import { expect, it } from 'vitest';
import { parseCaseFile } from '@/lib/model';
import sample from '@/lib/sample/sample-case.json';

it('the embedded sample case is a valid case file', () => {
  const r = parseCaseFile(sample);
  expect(r.ok ? [] : r.problems).toEqual([]);
  expect(r.ok && r.body.events.length).toBe(9);
});
