import { describe, expect, it } from 'vitest';
import { parseSection, splitCodeFromSection } from '@/lib/law/section';
import { normalizeCode } from '@/lib/law/codes';

const text = (raw: string, hints = {}) => parseSection(raw, hints)?.text ?? null;

describe('section normaliser', () => {
  it.each([
    ['647(b)', '647(b)'],
    ['647(B)', '647(b)'],
    ['647 (b)', '647(b)'],
    ['647b', '647(b)'],
    ['647B', '647(b)'],
    [' 647 ( b ) ', '647(b)'],
    ['647[b]', '647(b)'],
    ['647(b)(1)', '647(b)(1)'],
    ['647b1', '647(b)(1)'],
    ['245(A)(1)', '245(a)(1)'],
    ['245a1', '245(a)(1)'],
    ['236.1(C)(2)', '236.1(c)(2)'],
    ['12022.53(d)', '12022.53(d)'],
    ['§ 11350(a)', '11350(a)'],
    ['11350(a).', '11350(a)'],
    ['594(b)(2)(A)', '594(b)(2)(a)'],
    ['647(b)pc', '647(b)'],
  ])('%s → %s', (raw, want) => {
    expect(text(raw)).toBe(want);
  });

  it('keeps sections whose name ends in a letter', () => {
    expect(parseSection('266H')).toMatchObject({ base: '266h', subs: [] });
    expect(parseSection('266i(a)(1)')).toMatchObject({ base: '266i', subs: ['a', '1'] });
    expect(parseSection('273ab')).toMatchObject({ base: '273ab', subs: [] });
    expect(parseSection('288A(C)')).toMatchObject({ base: '288a', subs: ['c'] });
  });

  it('tells former 288a (oral copulation) from 288(a) (lewd act) by the description', () => {
    expect(text('288A')).toBe('288a');
    expect(text('288A', { description: 'LEWD OR LASCIV ACTS W/CHILD UNDER 14' })).toBe('288(a)');
    expect(text('288(A)')).toBe('288(a)');
  });

  it('tells former 647f (felony prostitution) from 647(f) (public intoxication) by level and description', () => {
    expect(text('647F', { level: 'F' })).toBe('647f');
    expect(text('647F', { description: 'PROSTITUTION W/PRIOR' })).toBe('647f');
    expect(text('647F', { level: 'M' })).toBe('647(f)');
    expect(text('647f', { description: 'DISORD CONDUCT:INTOX' })).toBe('647(f)');
  });

  it('reads attempts and conspiracies', () => {
    expect(parseSection('664/187(a)')).toMatchObject({ base: '187', subs: ['a'], attempted: true, conspiracy: false });
    expect(parseSection('664-211')).toMatchObject({ base: '211', attempted: true });
    expect(parseSection('211/664')).toMatchObject({ base: '211', attempted: true });
    expect(parseSection('182(a)(1)/187')).toMatchObject({ base: '187', conspiracy: true, attempted: false });
    expect(parseSection('182(a)(1)')).toMatchObject({ base: '182', subs: ['a', '1'], conspiracy: false });
  });

  it('returns null when there is no section to read', () => {
    expect(parseSection('')).toBeNull();
    expect(parseSection('SEE COMMENT FOR CHARGE')).toBeNull();
    expect(parseSection('UNKNOWN')).toBeNull();
    expect(parseSection('647 (b) & more!')).toBeNull();
  });

  it('splits a code written inside the section field', () => {
    expect(splitCodeFromSection('PC 647(b)')).toEqual({ code: 'PC', section: '647(b)' });
    expect(splitCodeFromSection('647(B) PC')).toEqual({ code: 'PC', section: '647(B)' });
    expect(splitCodeFromSection('H&S 11350(a)')).toEqual({ code: 'HS', section: '11350(a)' });
    expect(splitCodeFromSection('18 USC 1591')).toEqual({ code: 'USC', section: '18 U.S.C. 1591' });
    expect(splitCodeFromSection('647 b')).toEqual({ code: '', section: '647 b' });
  });

  it('normalises code spellings', () => {
    expect(normalizeCode('P.C.')).toBe('PC');
    expect(normalizeCode('h&s')).toBe('HS');
    expect(normalizeCode('Veh')).toBe('VC');
    expect(normalizeCode('W&I')).toBe('WI');
    expect(normalizeCode('U.S.C.')).toBe('USC');
    expect(normalizeCode('18 USC')).toBe('USC');
    expect(normalizeCode('')).toBe('');
    expect(normalizeCode('nrs')).toBe('NRS');
  });
});
