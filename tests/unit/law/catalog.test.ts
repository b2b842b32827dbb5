import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Enhancement, Listing, OffenseEntry } from '@/lib/law/catalog/schema';
import { COMMON_OFFENSES } from '@/lib/law/catalog/common-offenses';
import { ENHANCEMENTS } from '@/lib/law/catalog/enhancements';
import { LIFE_TERM_OFFENSES } from '@/lib/law/catalog/life-terms';
import { LISTED_OFFENSES } from '@/lib/law/catalog/listed-offenses';
import { SERIOUS_LISTINGS, SERIOUS_PARAGRAPHS } from '@/lib/law/catalog/serious-1192-7c';
import { VIOLENT_LISTINGS, VIOLENT_PARAGRAPHS } from '@/lib/law/catalog/violent-667-5c';
import { lookupOffense } from '@/lib/law';

const range = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('catalog data', () => {
  it('every data file passes its schema', () => {
    expect(() => z.array(OffenseEntry).parse([...LISTED_OFFENSES, ...LIFE_TERM_OFFENSES, ...COMMON_OFFENSES])).not.toThrow();
    expect(() => z.array(Listing).parse(VIOLENT_LISTINGS)).not.toThrow();
    expect(() => z.array(Listing).parse(SERIOUS_LISTINGS)).not.toThrow();
    expect(() => z.array(Enhancement).parse(ENHANCEMENTS)).not.toThrow();
  });

  it('has one entry per code + section', () => {
    const keys = [...LISTED_OFFENSES, ...LIFE_TERM_OFFENSES, ...COMMON_OFFENSES].map((e) => `${e.code} ${e.section}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('covers all 24 paragraphs of § 667.5(c): listings, life terms (7), enhancements (8), (22)', () => {
    expect(Object.keys(VIOLENT_PARAGRAPHS)).toEqual(range(24));
    const covered = new Set([
      ...VIOLENT_LISTINGS.map((l) => l.paragraph),
      ...(LIFE_TERM_OFFENSES.length ? ['7'] : []),
      ...ENHANCEMENTS.flatMap((e) => (e.violent ? [e.violent] : [])),
    ]);
    expect([...covered].sort((a, b) => +a - +b)).toEqual(range(24));
  });

  it('covers all 43 paragraphs of § 1192.7(c): listings, life terms, enhancements and the attempt/conspiracy rules', () => {
    expect(Object.keys(SERIOUS_PARAGRAPHS)).toEqual(range(43));
    const ruleBased = ['7', '22', '39', '43']; // life terms, attempts of life felonies, attempts, conspiracies (rules/serious.ts)
    const covered = new Set([...SERIOUS_LISTINGS.map((l) => l.paragraph), ...ENHANCEMENTS.flatMap((e) => (e.serious ? [e.serious] : [])), ...ruleBased]);
    expect([...covered].sort((a, b) => +a - +b)).toEqual(range(43));
  });

  it('offense entries name a title and only real levels', () => {
    for (const e of COMMON_OFFENSES) expect(e.levels.length).toBeGreaterThan(0);
  });
});

describe('lookupOffense', () => {
  it('finds titles, literals and levels whatever the spelling', () => {
    for (const s of ['647(b)', '647(B)', '647 (b)', '647b']) {
      const o = lookupOffense('PC', s);
      expect(o.section).toBe('647(b)');
      expect(o.entry?.title).toBe('Disorderly conduct: prostitution or solicitation');
      expect(o.entry?.literals).toContain('PROSTITUTION');
      expect(o.entry?.levels).toEqual(['M']);
      expect(o.violent).toBeNull();
    }
  });

  it('carries the subdivision detail that decides § 667.5(c)', () => {
    expect(lookupOffense('PC', '451(a)').violent).toEqual({ paragraph: '10' });
    expect(lookupOffense('PC', '451(b)').violent).toEqual({ paragraph: '10' });
    expect(lookupOffense('PC', '451(d)').violent).toBeNull();
    expect(lookupOffense('PC', '451(d)').serious).toEqual({ paragraph: '14' });
    expect(lookupOffense('PC', '261(a)(2)').violent).toEqual({ paragraph: '3' });
    expect(lookupOffense('PC', '261(a)(6)').violent).toEqual({ paragraph: '3' });
    expect(lookupOffense('PC', '261(a)(4)').violent).toBeNull();
    expect(lookupOffense('PC', '261').violentIfSubdivision.map((l) => l.section)).toEqual(['261(a)(2)', '261(a)(6)', '261(a)(3)']);
    expect(lookupOffense('PC', '236.1(c)(2)').violent).toEqual({ paragraph: '7' });
    expect(lookupOffense('PC', '236.1(c)(1)').violent).toBeNull();
    expect(lookupOffense('PC', '236.1(a)').violent).toBeNull();
    expect(lookupOffense('PC', '518').violent).toEqual({ paragraph: '19', note: 'if it would also be a felony violation of § 186.22' });
    expect(lookupOffense('PC', '664/187').violent).toEqual({ paragraph: '12' });
    expect(lookupOffense('PC', '245(a)(1)').serious).toEqual({ paragraph: '31' });
    expect(lookupOffense('PC', '245(a)(4)').serious).toBeNull();
    expect(lookupOffense('HS', '11350').violent).toBeNull();
  });

  it('marks wobblers and former sections', () => {
    expect(lookupOffense('PC', '496(a)').entry?.wobbler).toBe(true);
    expect(lookupOffense('PC', '653.22(a)').entry?.former).toMatch(/^repealed effective January 1, 2023/);
  });
});
