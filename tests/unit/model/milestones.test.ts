import { describe, expect, it } from 'vitest';
import { Case, MILESTONE_KEYS, milestonesOf, newCase, parseCaseFile, setMilestone, toCaseFile } from '@/lib/model';

const file = (extra: Record<string, unknown> = {}) => ({
  format: 'vacatur-assist/case',
  version: 1,
  case: { client: { firstName: 'Mireya', lastName: 'Solano' }, ...extra },
});

describe('case milestones', () => {
  it('an old case file without milestones stays valid, and reads as every date empty', () => {
    const r = parseCaseFile(file());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.milestones).toBeUndefined();
    expect(milestonesOf(r.body)).toEqual(Object.fromEntries(MILESTONE_KEYS.map((k) => [k, ''])));
    expect(toCaseFile(r.body).case).not.toHaveProperty('milestones');
  });

  it('round-trips through export and import', () => {
    const r = parseCaseFile(file({ milestones: { recordRequested: '2026-10-02', rapReceived: '2026-11-20' } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.milestones).toMatchObject({ recordRequested: '2026-10-02', rapReceived: '2026-11-20', filed: '', order: '' });
    const again = parseCaseFile(JSON.parse(JSON.stringify(toCaseFile(r.body))));
    expect(again.ok && again.body.milestones).toEqual(r.body.milestones);
  });

  it('names the path of a bad date', () => {
    const r = parseCaseFile(file({ milestones: { rapReceived: '2026-02-30' } }));
    expect(r).toEqual({ ok: false, problems: [{ path: 'case.milestones.rapReceived', message: 'must be a date written YYYY-MM-DD, or empty' }] });
  });

  it('setMilestone dates one step; ifEmpty keeps a date already recorded', () => {
    const c = newCase('c1', '2026-11-01T10:00:00Z', { client: Case.shape.client.parse({ lastName: 'Solano' }) });
    const requested = setMilestone(c, 'recordRequested', '2026-11-02');
    expect(milestonesOf(requested)).toMatchObject({ recordRequested: '2026-11-02', rapReceived: '' });
    expect(Case.parse(requested).milestones?.recordRequested).toBe('2026-11-02');
    const received = setMilestone(requested, 'rapReceived', '2026-11-28', { ifEmpty: true });
    expect(milestonesOf(received)).toMatchObject({ recordRequested: '2026-11-02', rapReceived: '2026-11-28' });
    expect(setMilestone(received, 'rapReceived', '2026-12-05', { ifEmpty: true })).toBe(received);
    expect(milestonesOf(setMilestone(received, 'rapReceived', '2026-12-05')).rapReceived).toBe('2026-12-05');
  });
});
