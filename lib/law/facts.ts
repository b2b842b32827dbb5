/**
 * Reads one event into the facts every rule uses: normalised code, parsed section, catalog entry,
 * jurisdiction, attempt flag and proved enhancements. Pure and memoised on the fields it reads,
 * so screening thousands of counts re-parses each distinct section only once.
 */
import type { CaseEvent, OffenseLevel } from '@/lib/model';
import { baseIndex, enhancementsFor, findEntry, type BaseIndex, type CatalogEntry, type IndexedEnhancement } from './catalog';
import { isCaliforniaCode, isOtherStateCode, normalizeCode, offenseLabel, type CodeId } from './codes';
import { isPrefix, parseSection, splitCodeFromSection, type ParsedSection } from './section';

export type Jurisdiction = 'california' | 'federal' | 'other-state';

/** A proved enhancement as read from `event.enhancements`. */
export interface EnhancementFact {
  raw: string;
  label: string;
  /** The catalog enhancement it matches, if any. */
  known: IndexedEnhancement | null;
  /** Set when the record names a less specific section than the catalog's (12022.3 vs 12022.3(a)). */
  partial: IndexedEnhancement | null;
}

/** The parts of an offense that depend only on code, section, level and description. */
export interface OffenseFacts {
  /** Normalised code; '' when neither the code field nor the section says. */
  code: CodeId;
  /** The code was recognised as a California code. */
  californiaCode: boolean;
  federalCode: boolean;
  /** Another state's statute book (NRS, ARS ...). */
  otherStateCode: boolean;
  section: ParsedSection | null;
  /** What the record says, trimmed. */
  sectionText: string;
  index: BaseIndex | undefined;
  entry: CatalogEntry | null;
  /** `PC 647(b)`, or `attempted PC 211`. */
  label: string;
}

export interface EventFacts extends OffenseFacts {
  /** The memoised offense facts this event shares with every count of the same offense. */
  offense: OffenseFacts;
  event: CaseEvent;
  kind: CaseEvent['kind'];
  date: string;
  level: OffenseLevel;
  jurisdiction: Jurisdiction;
  attempted: boolean;
  conspiracy: boolean;
  enhancements: EnhancementFact[];
  answers: Readonly<Record<string, 'yes' | 'no' | 'unknown'>>;
}

const MEMO = new Map<string, OffenseFacts>();
const MEMO_LIMIT = 20_000;

/**
 * The offense part of the facts, memoised on (code, section, level, description).
 * @example offenseFacts('P.C.', '647 (B)', 'M', '').label // 'PC 647(b)'
 */
export function offenseFacts(codeRaw: string, sectionRaw: string, level: string, description: string): OffenseFacts {
  const k = `${codeRaw}\u0001${sectionRaw}\u0001${level}\u0001${description}`;
  const hit = MEMO.get(k);
  if (hit) return hit;
  const f = computeOffense(codeRaw, sectionRaw, level, description);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(k, f);
  return f;
}

function computeOffense(codeRaw: string, sectionRaw: string, level: string, description: string): OffenseFacts {
  let code = normalizeCode(codeRaw);
  let text = sectionRaw.trim();
  const split = splitCodeFromSection(text);
  if (split.code) {
    if (!code) code = split.code;
    if (split.code === code || split.code === 'USC') text = split.section;
  }
  if (split.code === 'USC') code = 'USC';
  const federalCode = code === 'USC';
  const section = federalCode ? null : parseSection(text, { level, description });
  const index = section ? baseIndex(code || 'PC', section.base) : undefined;
  const entry = section ? findEntry(index, section.subs) : null;
  const shown = section ? section.text : text;
  const label = section?.attempted ? `attempted ${offenseLabel(code, shown)}` : offenseLabel(code, shown);
  return { code, californiaCode: isCaliforniaCode(code), federalCode, otherStateCode: isOtherStateCode(code), section, sectionText: text, index, entry, label };
}

const ENH_NUMBER = /\d+(?:\.\d+)?[a-z]{0,2}(?:\s*\([a-z0-9]+\))*/i;

function enhancementFact(raw: string): EnhancementFact {
  const split = splitCodeFromSection(raw);
  const code = split.code || 'PC';
  // Lenient: "GBI 12022.7(a)" or "ENH: 12022.53(d) PC" still name the section.
  const p = parseSection(split.section) ?? parseSection(ENH_NUMBER.exec(split.section)?.[0] ?? '');
  const label = offenseLabel(code, p ? p.text : split.section);
  if (!p) return { raw, label, known: null, partial: null };
  const list = enhancementsFor(code, p.base);
  let known: IndexedEnhancement | null = null;
  let partial: IndexedEnhancement | null = null;
  for (const e of list ?? []) {
    if (!known && isPrefix(e.subs, p.subs)) known = e;
    else if (!partial && isPrefix(p.subs, e.subs) && e.subs.length > p.subs.length) partial = e;
  }
  return { raw, label, known, partial };
}

const ENH_MEMO = new Map<string, EnhancementFact>();

function jurisdictionOf(ev: CaseEvent, off: OffenseFacts): Jurisdiction {
  if (ev.jurisdiction === 'federal' || off.federalCode) return 'federal';
  if (ev.jurisdiction === 'other-state' || off.otherStateCode) return 'other-state';
  return 'california';
}

const NO_ENHANCEMENTS: EnhancementFact[] = [];
const NO_ANSWERS: Readonly<Record<string, 'yes' | 'no' | 'unknown'>> = Object.freeze({});

/** All facts about one event. Tolerates events that skipped zod defaults (missing optional fields). */
export function eventFacts(ev: CaseEvent): EventFacts {
  const level = (ev.level ?? '') as OffenseLevel;
  const off = offenseFacts(ev.code ?? '', ev.section ?? '', level, ev.description ?? '');
  const raws = ev.enhancements;
  let enhancements = NO_ENHANCEMENTS;
  if (raws && raws.length > 0) {
    enhancements = [];
    for (const raw of raws) {
      let e = ENH_MEMO.get(raw);
      if (!e) {
        e = enhancementFact(raw);
        if (ENH_MEMO.size < MEMO_LIMIT) ENH_MEMO.set(raw, e);
      }
      enhancements.push(e);
    }
  }
  const attempted = (ev.attempted ?? false) || (off.section?.attempted ?? false);
  return {
    offense: off,
    code: off.code,
    californiaCode: off.californiaCode,
    federalCode: off.federalCode,
    otherStateCode: off.otherStateCode,
    section: off.section,
    sectionText: off.sectionText,
    index: off.index,
    entry: off.entry,
    label: attempted && !off.section?.attempted ? `attempted ${off.label}` : off.label,
    event: ev,
    kind: ev.kind,
    date: ev.date ?? '',
    level,
    jurisdiction: jurisdictionOf(ev, off),
    attempted,
    conspiracy: off.section?.conspiracy ?? false,
    enhancements,
    answers: ev.answers ?? NO_ANSWERS,
  };
}
