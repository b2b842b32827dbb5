import type { RapSentence, SentencePart } from './types';

const UNITS: Array<[RegExp, 'Y' | 'M' | 'D' | 'H']> = [
  [/^(YEARS?|YRS?|Y)$/, 'Y'],
  [/^(MONTHS?|MOS?|MTHS?|M)$/, 'M'],
  [/^(DAYS?|DYS?|D)$/, 'D'],
  [/^(HOURS?|HRS?|H)$/, 'H'],
];

function duration(text: string): SentencePart['duration'] {
  const m = /(\d+)\s*([A-Z]+)/.exec(text);
  if (!m) return null;
  const unit = UNITS.find(([re]) => re.test(m[2]!))?.[1];
  return unit ? { amount: Number(m[1]), unit } : null;
}

/**
 * Splits a SEN: text into its comma-separated parts: probation (PROBATION/PROB), jail
 * (JAIL/JL/JL WORK), prison, and other details such as FINE or RESTN (CfA sentence_grammar.tt).
 * @example parseSentence('012 MONTHS PROBATION, 045 DAYS JAIL').text // '12 MONTHS PROBATION, 45 DAYS JAIL'
 */
export function parseSentence(raw: string): RapSentence {
  // The same few sentences repeat throughout a sheet; parse each once and hand out copies.
  let cached = cache.get(raw);
  if (!cached) {
    cached = parseSentenceUncached(raw);
    if (cache.size > 1000) cache.clear();
    cache.set(raw, cached);
  }
  return {
    text: cached.text,
    parts: cached.parts.map((p) => ({ kind: p.kind, text: p.text, duration: p.duration && { ...p.duration } })),
  };
}

const cache = new Map<string, RapSentence>();

function parseSentenceUncached(raw: string): RapSentence {
  const parts: SentencePart[] = [];
  for (const piece of raw.split(/[,;]/)) {
    const text = piece.replace(/\s+/g, ' ').replace(/\b0+(\d)/g, '$1').replace(/[.']+$/, '').trim();
    if (!text) continue;
    const kind: SentencePart['kind'] = /\bPRISON\b/.test(text)
      ? 'prison'
      : /\bPROB(ATION)?\b/.test(text)
        ? 'probation'
        : /\b(JAIL|JL)\b/.test(text)
          ? 'jail'
          : 'detail';
    parts.push({ kind, text, duration: kind === 'detail' ? null : duration(text) });
  }
  return { text: parts.map((p) => p.text).join(', '), parts };
}
