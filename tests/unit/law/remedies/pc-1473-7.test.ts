import { describe, expect, it } from 'vitest';
import { pc1473_7 } from '@/lib/law/remedies/pc-1473-7';
import { apply } from './run';

describe('PC 1473.7 (fallback, immigration consequences)', () => {
  it('is a "maybe" for a conviction vacatur does not reach', () => {
    expect(apply(pc1473_7, { section: '211', level: 'F' })).toEqual({
      id: 'PC 1473.7',
      fit: 'maybe',
      reasons: [
        {
          text: 'If the client is not a U.S. citizen and this conviction could lead to removal or the denial of an immigration benefit, a motion to vacate it for prejudicial error about immigration consequences may be available once the client is out of criminal custody.',
          cite: 'Pen. Code § 1473.7(a)(1)',
        },
        { text: 'The court must grant the motion if the grounds are shown by a preponderance of the evidence (forms CR-187 and CR-188).', cite: 'Pen. Code § 1473.7(f)(1)' },
      ],
    });
  });
  it('not for candidates, arrests or federal convictions', () => {
    expect(apply(pc1473_7, { section: '647(b)', level: 'M' }).fit).toBe('no');
    expect(apply(pc1473_7, { kind: 'arrest', section: '211', level: 'F' }).fit).toBe('no');
    expect(apply(pc1473_7, { code: 'USC', section: '8 1326', level: 'F' }).fit).toBe('no');
  });
});
