/** § 12022.3(a) is violent under § 667.5(c)(8) only for firearm use (issue 11). */
import { describe, expect, it } from 'vitest';
import { screenEvent } from '@/lib/law';
import { AS_OF, TRAFFICKING, ev } from './helpers';

const run = (enhancement: string, answers: Record<string, 'yes' | 'no' | 'unknown'> = {}) =>
  screenEvent(ev({ section: '261(a)(1)', level: 'F', enhancements: [enhancement], answers }), TRAFFICKING, { asOf: AS_OF });

describe('Pen. Code § 667.5(c)(8); § 12022.3(a): firearm use only', () => {
  it('a firearm: violent under (c)(8)', () => {
    const item = run('PC 12022.3(a) FIREARM');
    expect(item.verdict).toBe('ineligible');
    expect(item.reasons[0]).toEqual({
      text: 'The proved enhancement PC 12022.3(a) FIREARM (use of a firearm or deadly weapon in a sex offense) was for use of a firearm, which makes this a violent felony under § 667.5(c)(8). Vacatur under § 236.14 covers only nonviolent offenses.',
      cite: 'Pen. Code § 667.5(c)(8); § 12022.3(a)',
    });
  });
  it('a deadly weapon that is not a firearm: not violent', () => {
    const item = run('PC 12022.3(a) KNIFE');
    expect(item.verdict).toBe('candidate');
    expect(item.reasons.map((r) => r.text)).toContain(
      'The § 12022.3(a) enhancement was for a deadly weapon that is not a firearm; § 667.5(c)(8) lists only firearm use under § 12022.3(a), so the enhancement does not make this count violent.',
    );
  });
  it('the record does not say which: review with a question', () => {
    const item = run('PC 12022.3(a)');
    expect(item.verdict).toBe('review');
    expect(item.questions.map((q) => q.id)).toEqual(['enhancement-firearm']);
    expect(item.reasons.some((r) => r.cite === 'Pen. Code § 667.5(c)(8); § 12022.3(a)' && r.text.includes('does not say which'))).toBe(true);
  });
  it('answered: yes → ineligible, no → candidate', () => {
    expect(run('PC 12022.3(a)', { 'enhancement-firearm': 'yes' }).verdict).toBe('ineligible');
    expect(run('PC 12022.3(a)', { 'enhancement-firearm': 'no' }).verdict).toBe('candidate');
  });
});
