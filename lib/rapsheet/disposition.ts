import type { DispositionType, RapDisposition } from './types';

const RE_NON_LETTERS = /[^A-Z]/g;
const RE_SET_ASIDE = /SET\s*ASIDE/;
const RE_SET_ASIDE_SECTION = /\b(\d{3,5}\.\d+[A-Z]?)\s*(PC)?\b/;
const RE_PROB_REVOKED = /^PROB(ATION)?\s*REVOKED/;
const RE_WS = /\s+/g;
const RE_SPACED_CONVICTED = /^C( [A-Z]){8}/;
const RE_LEAD_STATUS = /^[\s.*:;-]+/;
const RE_REDUCED = /REDUCED\s+TO\s+MISD|17\s*\(B\)/;

function lettersOnly(s: string): string {
  return s.replace(RE_NON_LETTERS, '');
}

/** Levenshtein distance, bounded inputs only (a few letters). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * Classifies the text after DISPO: (CfA disposition_grammar.tt). CONVICTED tolerates OCR
 * spacing ("C O N V I C T E D") and one wrong letter, but not CONVICTION CERT BY CLERK.
 * @example dispositionType('CONV SET ASIDE & DISM PER 1203.4 PC') // { type: 'set-aside', section: '1203.4' }
 */
export function dispositionType(text: string): { type: DispositionType; section: string } {
  const t = text.trim();
  const letters = lettersOnly(t);
  if (RE_SET_ASIDE.test(t) || letters.startsWith('CONVSETASIDE')) {
    const section = RE_SET_ASIDE_SECTION.exec(t);
    return { type: 'set-aside', section: section?.[1] ?? '' };
  }
  if (letters.startsWith('CONVICTED')) return { type: 'convicted', section: '' };
  if (letters.length >= 8 && distance(letters.slice(0, 9), 'CONVICTED') <= 1) return { type: 'convicted', section: '' };
  if (letters.startsWith('PROSREJ') || letters.startsWith('PROSECUTORREJ')) return { type: 'prosecutor-rejected', section: '' };
  if (letters.startsWith('SENTENCEMODIFIED') || letters.startsWith('SENMODIFIED')) return { type: 'sentence-modified', section: '' };
  if (RE_PROB_REVOKED.test(t)) return { type: 'probation-revoked', section: '' };
  if (t.includes('DISMISS') || (letters[0] === 'D' && distance(letters.slice(0, 9), 'DISMISSED') <= 1)) {
    return { type: 'dismissed', section: '' };
  }
  return { type: 'other', section: '' };
}

/** A disposition record for the text after DISPO:. */
export function makeDisposition(text: string, line: number): RapDisposition {
  const clean = text.replace(RE_WS, ' ').trim();
  const { type, section } = dispositionType(clean);
  return {
    type,
    text: type === 'convicted' && RE_SPACED_CONVICTED.test(clean) ? 'CONVICTED' : clean,
    severity: '',
    convStatus: '',
    sentence: null,
    section,
    line,
  };
}

/** CONV STATUS:FELONY -> F (the parser keeps the first letter, CfA disposition_builder.rb). */
export function severityOf(status: string): 'F' | 'M' | 'I' | '' {
  const s = status.replace(RE_LEAD_STATUS, '');
  // A wobbler reduced under PC 17(b) ends as a misdemeanor.
  if (RE_REDUCED.test(s)) return 'M';
  const c = s[0];
  return c === 'F' || c === 'M' || c === 'I' ? c : '';
}
