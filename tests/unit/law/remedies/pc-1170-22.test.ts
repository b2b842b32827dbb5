import { describe, expect, it } from 'vitest';
import { pc1170_22 } from '@/lib/law/remedies/pc-1170-22';
import { apply } from './run';

describe('PC 1170.22 (former 647f)', () => {
  it('fits a former § 647f felony prostitution conviction', () => {
    expect(apply(pc1170_22, { section: '647F', level: 'F' })).toEqual({
      id: 'PC 1170.22',
      fit: 'candidate',
      reasons: [
        {
          text: 'Former § 647f, which made some prostitution offenses felonies, has been repealed; a person still serving a sentence under it can petition to have the conviction vacated (Judicial Council forms CR-404 and CR-405).',
          cite: 'Pen. Code § 1170.22(a), (b)',
        },
        {
          text: 'Once the sentence is completed, § 1170.21 applies instead of a petition for recall: the conviction under former § 647f is vacated under that section.',
          cite: 'Pen. Code § 1170.22(e); § 1170.21',
        },
      ],
    });
  });
  it('does not fit § 647(f) public intoxication', () => {
    expect(apply(pc1170_22, { section: '647(f)', level: 'M' }).fit).toBe('no');
    expect(apply(pc1170_22, { section: '647f', level: 'M', description: 'DISORD CONDUCT:INTOX' }).fit).toBe('no');
  });
});
