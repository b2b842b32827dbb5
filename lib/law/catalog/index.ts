/**
 * The catalog's lookup maps, built once at module load: code + base section → offense entries,
 * § 667.5(c) listings, § 1192.7(c) listings and enhancements, each with its subdivision path
 * pre-parsed. Screening a count is then a Map lookup plus a prefix walk (no regex per listing).
 */
import { formatSection, isPrefix, parseSection } from '../section';
import { COMMON_OFFENSES } from './common-offenses';
import { ENHANCEMENTS } from './enhancements';
import { LIFE_TERM_OFFENSES } from './life-terms';
import { LISTED_OFFENSES } from './listed-offenses';
import type { EnhancementInput, ListingCondition, ListingInput, OffenseEntry } from './schema';
import { SERIOUS_LISTINGS, SERIOUS_PARAGRAPHS } from './serious-1192-7c';
import { VIOLENT_LISTINGS, VIOLENT_PARAGRAPHS } from './violent-667-5c';

export { VIOLENT_PARAGRAPHS, SERIOUS_PARAGRAPHS };

/** An offense entry with defaults applied. */
export interface CatalogEntry {
  code: string;
  section: string;
  subs: string[];
  title: string;
  literals: string[];
  levels: ('F' | 'M' | 'I')[];
  wobbler: boolean;
  former?: string;
  /** ISO date the section was repealed (see schema.ts). */
  repealed?: string;
  life: boolean;
}

export interface IndexedListing {
  paragraph: string;
  code: string;
  section: string;
  base: string;
  subs: string[];
  attempt: boolean;
  condition?: ListingCondition;
  note?: string;
}

export interface IndexedEnhancement {
  code: string;
  section: string;
  base: string;
  subs: string[];
  title: string;
  violent?: string;
  serious?: string;
  before?: string;
  gang: boolean;
  review?: string;
  /** § 667.5(c)(8) reaches it only for firearm use (§ 12022.3(a) also covers other deadly weapons). */
  firearmOnly: boolean;
}

export interface BaseIndex {
  entries: CatalogEntry[];
  violent: IndexedListing[];
  serious: IndexedListing[];
}

export const ALL_OFFENSES: readonly OffenseEntry[] = [...LISTED_OFFENSES, ...LIFE_TERM_OFFENSES, ...COMMON_OFFENSES];

const INDEX = new Map<string, BaseIndex>();
const ENH_INDEX = new Map<string, IndexedEnhancement[]>();

const key = (code: string, base: string) => `${code}|${base}`;

function slot(code: string, base: string): BaseIndex {
  const k = key(code, base);
  let s = INDEX.get(k);
  if (!s) INDEX.set(k, (s = { entries: [], violent: [], serious: [] }));
  return s;
}

function parsed(section: string) {
  const p = parseSection(section, { level: 'F' });
  if (!p) throw new Error(`catalog: unreadable section ${section}`);
  return p;
}

function indexListing(l: ListingInput): IndexedListing {
  const p = parsed(l.section);
  return {
    paragraph: l.paragraph,
    code: l.code ?? 'PC',
    section: l.section,
    base: p.base,
    subs: p.subs,
    attempt: l.attempt ?? false,
    ...(l.condition ? { condition: l.condition } : {}),
    ...(l.note ? { note: l.note } : {}),
  };
}

for (const e of ALL_OFFENSES) {
  const p = parsed(e.section);
  const entry: CatalogEntry = {
    code: e.code,
    section: formatSection(p.base, p.subs),
    subs: p.subs,
    title: e.title,
    literals: e.literals ?? [],
    levels: e.levels,
    wobbler: e.wobbler ?? false,
    life: e.life ?? false,
    ...(e.former ? { former: e.former } : {}),
    ...(e.repealed ? { repealed: e.repealed } : {}),
  };
  slot(e.code, p.base).entries.push(entry);
}
for (const l of VIOLENT_LISTINGS) {
  const il = indexListing(l);
  slot(il.code, il.base).violent.push(il);
}
for (const l of SERIOUS_LISTINGS) {
  const il = indexListing(l);
  slot(il.code, il.base).serious.push(il);
}
// § 667.5(c)(7) and § 1192.7(c)(7): felonies punishable by life, unless the same section already
// has its own paragraph (murder (1), mayhem (2), kidnapping (14) ...).
for (const e of ALL_OFFENSES) {
  if (!e.life) continue;
  const p = parsed(e.section);
  const s = slot(e.code, p.base);
  const life: ListingInput = { paragraph: '7', code: e.code, section: e.section };
  if (!s.violent.some((l) => !l.attempt && l.section === e.section)) s.violent.push(indexListing(life));
  if (!s.serious.some((l) => !l.attempt && l.section === e.section)) s.serious.push(indexListing(life));
}
for (const s of INDEX.values()) s.entries.sort((a, b) => a.subs.length - b.subs.length);

for (const e of ENHANCEMENTS as EnhancementInput[]) {
  const p = parsed(e.section);
  const code = e.code ?? 'PC';
  const k = key(code, p.base);
  const list = ENH_INDEX.get(k) ?? [];
  list.push({
    code,
    section: e.section,
    base: p.base,
    subs: p.subs,
    title: e.title,
    gang: e.gang ?? false,
    firearmOnly: e.firearmOnly ?? false,
    ...(e.violent ? { violent: e.violent } : {}),
    ...(e.serious ? { serious: e.serious } : {}),
    ...(e.before ? { before: e.before } : {}),
    ...(e.review ? { review: e.review } : {}),
  });
  // Most specific first, so 186.22(b)(4) wins over 186.22.
  list.sort((a, b) => b.subs.length - a.subs.length);
  ENH_INDEX.set(k, list);
}

const BASES = new Set<string>();
for (const k of INDEX.keys()) BASES.add(k.slice(k.indexOf('|') + 1));

/** The catalog knows this base section under some code (for records that do not name the code). */
export function knownBaseInAnyCode(base: string): boolean {
  return BASES.has(base);
}

/** Everything the catalog knows about one code + base section, or undefined. */
export function baseIndex(code: string, base: string): BaseIndex | undefined {
  return INDEX.get(key(code, base));
}

/** The most specific entry whose subdivision path is a prefix of `subs`; else the least specific deeper one. */
export function findEntry(bi: BaseIndex | undefined, subs: readonly string[]): CatalogEntry | null {
  if (!bi) return null;
  let best: CatalogEntry | null = null;
  for (const e of bi.entries) if (isPrefix(e.subs, subs)) best = e;
  return best;
}

/** Enhancements known for this code + base section, most specific first. */
export function enhancementsFor(code: string, base: string): readonly IndexedEnhancement[] | undefined {
  return ENH_INDEX.get(key(code, base));
}

export interface ListingMatch {
  /** Listings that cover the section as written (the listing's path is a prefix of it). */
  full: IndexedListing[];
  /** Listings under a subdivision the record does not show (the record's path is a prefix of them). */
  partial: IndexedListing[];
  /** Listings of the same base section at other subdivisions (for "not this subdivision" reasons). */
  siblings: IndexedListing[];
}

const EMPTY: readonly IndexedListing[] = [];

/** Splits listings into full, partial and sibling matches for a subdivision path. */
export function matchListings(listings: readonly IndexedListing[] | undefined, subs: readonly string[], attempted: boolean): ListingMatch {
  const out: ListingMatch = { full: [], partial: [], siblings: [] };
  for (const l of listings ?? EMPTY) {
    if (l.attempt !== attempted) continue;
    if (isPrefix(l.subs, subs)) out.full.push(l);
    else if (isPrefix(subs, l.subs)) out.partial.push(l);
    else out.siblings.push(l);
  }
  // Most specific first: 236.1(c)(2) before 236.1(c).
  if (out.full.length > 1) out.full.sort((a, b) => b.subs.length - a.subs.length);
  return out;
}

/** Every catalog key, for tests and tools. */
export function catalogKeys(): string[] {
  return [...INDEX.keys()];
}
