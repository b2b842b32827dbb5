/** Small readers shared by the remedy rules: offense tests, sentences and date arithmetic. */
import type { EventFacts } from '../facts';

/** The count is the Penal Code section `base` (any subdivision under `subs`). */
export function isPenal(f: EventFacts, base: string, subs: readonly string[] = []): boolean {
  const s = f.section;
  if (!s || (f.code !== 'PC' && f.code !== '') || s.base !== base || f.jurisdiction !== 'california') return false;
  for (let i = 0; i < subs.length; i++) if (s.subs[i] !== subs[i]) return false;
  return true;
}

/** § 647(b), prostitution or solicitation (any paragraph). */
export const isProstitution = (f: EventFacts) => isPenal(f, '647', ['b']);
/** Former § 653.22, loitering with intent to commit prostitution. */
export const isLoitering65322 = (f: EventFacts) => isPenal(f, '653.22');
/** Former § 647f, felony prostitution (see section.ts for how it is told from § 647(f)). */
export const isFormer647f = (f: EventFacts) => isPenal(f, '647f');

const PROBATION = /\bPROB/i;
const PROBATION_TERM = /(\d+)\s*(YEARS?|YRS?|Y|MONTHS?|MOS?|M|DAYS?|D)\b[^,;]*?\bPROB/i;
const PRISON = /PRISON/i;
const SUSPENDED = /SUSP/i;

export interface SentenceFacts {
  /** The sentence mentions probation. */
  probation: boolean;
  /** The day probation ends, when its length and the judgment date are known. */
  probationEnds: string | null;
  /** A state prison term that was not suspended. */
  prison: boolean;
  /** The record has any sentence text at all. */
  known: boolean;
}

/**
 * Reads the sentence text of a RAP sheet or court record.
 * @example sentenceFacts('036 MONTHS PROBATION, 010 DAYS JAIL', '2015-07-01').probationEnds // '2018-07-01'
 */
export function sentenceFacts(sentence: string, date: string): SentenceFacts {
  if (sentence === '') return NO_SENTENCE;
  const k = `${date}|${sentence}`;
  let hit = SENTENCE_MEMO.get(k);
  if (!hit) {
    if (SENTENCE_MEMO.size > 20_000) SENTENCE_MEMO.clear();
    SENTENCE_MEMO.set(k, (hit = readSentence(sentence, date)));
  }
  return hit;
}

const NO_SENTENCE: SentenceFacts = Object.freeze({ probation: false, probationEnds: null, prison: false, known: false });
const SENTENCE_MEMO = new Map<string, SentenceFacts>();

function readSentence(sentence: string, date: string): SentenceFacts {
  const probation = PROBATION.test(sentence);
  let probationEnds: string | null = null;
  const m = probation && date ? PROBATION_TERM.exec(sentence) : null;
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]!.toUpperCase()[0];
    probationEnds = unit === 'Y' ? addMonths(date, n * 12) : unit === 'M' ? addMonths(date, n) : addDaysIso(date, n);
  }
  return { probation, probationEnds, prison: PRISON.test(sentence) && !SUSPENDED.test(sentence) && !probation, known: sentence.trim() !== '' };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Adds calendar months (end-of-month clamps: Jan 31 + 1 month = Feb 28/29). No Date objects: hot path. */
export function addMonths(iso: string, months: number): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = nm === 2 && isLeap(ny) ? 29 : DAYS_IN_MONTH[nm - 1]!;
  return `${String(ny).padStart(4, '0')}-${nm < 10 ? '0' : ''}${nm}-${Math.min(d, last) < 10 ? '0' : ''}${Math.min(d, last)}`;
}

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const ACQUITTED = /NOT GUILTY|ACQUIT/i;
const CONVICTED = /CONVICT|\bCONV\b|GUILTY|SENTENCED/i;
const NO_CONVICTION = /DISMISS|\bREJ|RELEASED|DETENTION ONLY|NO CHARGES|NOT FILED|DECLINED|NO COMPLAINT|1385/i;

/**
 * What a disposition says about a conviction: 'none' (dismissed, rejected, acquitted ...),
 * 'convicted' (including a conviction later set aside under § 1203.4), or 'unknown'.
 */
export function dispositionOutcome(disposition: string): 'none' | 'convicted' | 'unknown' {
  if (ACQUITTED.test(disposition)) return 'none';
  if (CONVICTED.test(disposition)) return 'convicted';
  if (NO_CONVICTION.test(disposition)) return 'none';
  return 'unknown';
}
