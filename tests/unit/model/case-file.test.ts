import { describe, expect, it } from 'vitest';
import { clientInitials, parseCaseFile, parseCaseFileText, toCaseFile, CaseBody } from '@/lib/model';

const minimal = {
  format: 'vacatur-assist/case',
  version: 1,
  case: {
    client: { firstName: 'Rosa', lastName: 'Quintero', dob: '1994-02-11' },
    trafficking: { periods: [{ from: '2012-01-01', to: '2015-12-31' }], narrative: '' },
    events: [{ id: 'e1', kind: 'conviction', date: '2013-05-02', code: 'PC', section: '647(b)', level: 'M' }],
  },
};

describe('case file format', () => {
  it('accepts a minimal file and fills defaults', () => {
    const r = parseCaseFile(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.client.aliases).toEqual([]);
    expect(r.body.client.address.state).toBe('CA');
    expect(r.body.events[0]!.disposition).toBe('');
    expect(r.body.evidence).toEqual([]);
  });

  it('keeps unknown extra fields (the format allows them)', () => {
    const r = parseCaseFile({ ...minimal, case: { ...minimal.case, client: { ...minimal.case.client, pronouns: 'she' } } });
    expect(r.ok && (r.body.client as Record<string, unknown>).pronouns).toBe('she');
  });

  it('names the JSON path of a bad date', () => {
    const bad = structuredClone(minimal);
    bad.case.events[0]!.date = '2013-02-30';
    const r = parseCaseFile(bad);
    expect(r).toEqual({ ok: false, problems: [{ path: 'case.events[0].date', message: 'must be a date written YYYY-MM-DD, or empty' }] });
  });

  it('names the path of a bad event kind and a reversed period', () => {
    const bad = structuredClone(minimal) as any;
    bad.case.events[0].kind = 'citation';
    bad.case.trafficking.periods[0] = { from: '2016-01-01', to: '2015-01-01' };
    const r = parseCaseFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path).sort();
    expect(paths).toEqual(['case.events[0].kind', 'case.trafficking.periods[0].to']);
    expect(r.problems.find((p) => p.path === 'case.events[0].kind')!.message).toBe(
      'must be one of "arrest", "conviction", "adjudication"',
    );
  });

  it('rejects the wrong format marker, a newer version, and broken JSON', () => {
    expect(parseCaseFile({ ...minimal, format: 'other' })).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
    expect(parseCaseFile({ ...minimal, version: 2 })).toMatchObject({ ok: false, problems: [{ path: 'version' }] });
    expect(parseCaseFileText('{"format":')).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
  });

  it('round-trips through toCaseFile', () => {
    const r = parseCaseFile(minimal);
    if (!r.ok) throw new Error('fixture invalid');
    const again = parseCaseFile(JSON.parse(JSON.stringify(toCaseFile(r.body))));
    expect(again.ok && again.body).toEqual(CaseBody.parse(r.body));
  });

  it('makes initials for public captions (236.14(q))', () => {
    expect(clientInitials({ firstName: 'Rosa', middleName: 'María', lastName: 'Quintero' })).toBe('R. M. Q.');
    expect(clientInitials({ firstName: 'Élodie', middleName: '', lastName: 'Ngata' })).toBe('É. N.');
  });
});
