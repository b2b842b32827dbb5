import { describe, expect, it } from 'vitest';
import { pc236_15 } from '@/lib/law/remedies/pc-236-15';
import { apply } from './run';

describe('PC 236.15 (intimate partner / sexual violence)', () => {
  it('is offered as a "maybe" only when the case says the client is such a survivor, with the timing caveat', () => {
    expect(apply(pc236_15, { section: '484(a)', level: 'M' }, { ipv: true })).toEqual({
      id: 'PC 236.15',
      fit: 'maybe',
      reasons: [
        {
          text: 'The case notes the client is also a survivor of intimate partner violence or sexual violence: § 236.15 offers vacatur of a nonviolent arrest or conviction that was a direct result of that violence, on the same clear and convincing standard.',
          cite: 'Pen. Code § 236.15(a)',
        },
        {
          text: 'Unlike § 236.14, this petition must be brought within a reasonable time after the client ceased to be a victim or sought services; whether it is timely needs attorney review.',
          cite: 'Pen. Code § 236.15(l)',
        },
      ],
    });
    expect(apply(pc236_15, { section: '484(a)', level: 'M' }).fit).toBe('no');
  });
  it('never for violent felonies or entries outside California', () => {
    expect(apply(pc236_15, { section: '211', level: 'F' }, { ipv: true }).fit).toBe('no');
    expect(apply(pc236_15, { code: 'USC', section: '8 1326' }, { ipv: true }).fit).toBe('no');
  });
});
