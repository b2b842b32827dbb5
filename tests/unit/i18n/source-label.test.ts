// @vitest-environment node
/** Case fields in the Fill tab's teach mode are named for people, never by their code name (issue 14). */
import { describe, expect, it } from 'vitest';
import { sourceLabel } from '@/components/fill/source-label';
import { ENGLISH, formatMessage } from '@/lib/i18n';
import { caseValues } from '@/lib/autofill/sources';
import { newCase } from '@/lib/model';

const t = (key: string, ...subs: (string | number)[]) => formatMessage(ENGLISH, ENGLISH, key, subs);

describe('sourceLabel', () => {
  it('reuses the Client and Attorney tabs\' labels, with the part of a split value', () => {
    expect(sourceLabel(t, 'client.dob.year')).toBe('Client: Date of birth (year)');
    expect(sourceLabel(t, 'attorney.barNumber')).toBe('Attorney: State Bar number');
    expect(sourceLabel(t, 'client.phone.area')).toBe('Client: Phone (area code)');
    expect(sourceLabel(t, 'filing.serviceContact')).toBe('Filing: Agency served');
    expect(sourceLabel(t, 'court.caseNumber')).toBe('Court: Case number');
  });
  it('has words for every source a case offers (no camelCase code name left)', () => {
    const labels = Object.keys(caseValues(newCase('c1', '2026-01-01T00:00:00.000Z'))).map((s) => sourceLabel(t, s));
    expect(labels.filter((l) => /[a-z][A-Z]|\./.test(l))).toEqual([]);
  });
});
