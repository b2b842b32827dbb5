import { describe, expect, it } from 'vitest';
import { usc3771A } from '@/lib/law/remedies/usc-3771a';
import { apply } from './run';

describe('18 USC 3771A (federal)', () => {
  it('is a "maybe" for federal entries, since the enacted details were not confirmed', () => {
    expect(apply(usc3771A, { code: 'USC', section: '8 1326', level: 'F' })).toEqual({
      id: '18 USC 3771A',
      fit: 'maybe',
      reasons: [
        {
          text: 'The Trafficking Survivors Relief Act (2026) lets a federal court vacate a conviction for a non-violent ("level A") federal offense committed as a direct result of being a trafficking victim, and expunge related arrests.',
          cite: '18 U.S.C. § 3771A',
        },
        {
          text: 'Whether this offense is "level A", the standard of proof and any deadline were not confirmed from the enacted text; needs attorney review.',
          cite: '18 U.S.C. § 3771A (Pub. L. 119-73)',
        },
      ],
    });
  });
  it('not for California entries', () => {
    expect(apply(usc3771A, { section: '647(b)', level: 'M' }).fit).toBe('no');
  });
});
