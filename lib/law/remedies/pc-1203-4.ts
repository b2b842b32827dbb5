/**
 * PC 1203.4: dismissal after probation. Mandatory when probation was fully met, otherwise
 * discretionary in the interest of justice. § 1203.4(b) (leginfo text, history "Amended by
 * Stats. 2023, Ch. 47 (AB 134)") excludes infractions, Vehicle Code § 42002.1 misdemeanors, and
 * § 286(c), 288, 287(c) or former 288a(c), 288.5, 289(j), 311.1, 311.2, 311.3, 311.11 and a
 * felony conviction under 261.5(d). A fallback: offered when vacatur does not fit.
 */
import { isFallbackCase } from './fallback';
import { isPenal, sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';
import type { EventFacts } from '../facts';

export const REASON_1203_4 = {
  text: 'If the client was granted probation and completed it (or was discharged early), the court can set aside the conviction and dismiss the case: as of right if every condition was met, otherwise in the interest of justice (form CR-180).',
  cite: 'Pen. Code § 1203.4(a)(1)',
};
export const REASON_1203_4_LIMITS = {
  text: 'A dismissal does not destroy the record: it must still be disclosed for public office, licensure and Lottery contracts, and the conviction can be pleaded and proved in a later prosecution.',
  cite: 'Pen. Code § 1203.4(a)(1)',
};
export const REASON_1203_4_NO_PROBATION = {
  text: 'The sentence shown does not include probation; § 1203.4 needs a grant of probation (see § 1203.4a for misdemeanors and § 1203.41 for county jail or prison felony terms).',
  cite: 'Pen. Code § 1203.4(a)(1); § 1203.4a; § 1203.41',
};

/** Excluded by § 1203.4(b). */
export function excludedBy1203_4b(f: EventFacts): boolean {
  if (f.code === 'VC' && f.section?.base === '42002.1') return true;
  return (
    isPenal(f, '286', ['c']) ||
    isPenal(f, '287', ['c']) ||
    isPenal(f, '288a', ['c']) ||
    isPenal(f, '288') ||
    isPenal(f, '288.5') ||
    isPenal(f, '289', ['j']) ||
    (isPenal(f, '261.5', ['d']) && f.level === 'F') ||
    isPenal(f, '311.1') ||
    isPenal(f, '311.2') ||
    isPenal(f, '311.3') ||
    isPenal(f, '311.11')
  );
}

export const pc1203_4: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 1203.4'];
  if (f.kind !== 'conviction' || !isFallbackCase(f, ctx) || f.level === 'I' || excludedBy1203_4b(f)) return no;
  const s = sentenceFacts(f.event.sentence ?? '', f.date);
  if (s.known && !s.probation) return no;
  if (!s.known) return UNKNOWN_SENTENCE;
  if (s.probationEnds && s.probationEnds > ctx.asOf) {
    return { id: 'PC 1203.4', fit: 'maybe', reasons: [REASON_1203_4, { text: `Probation appears to run until ${s.probationEnds}; early termination can be asked for before then.`, cite: 'Pen. Code § 1203.4(a)(1); § 1203.3' }, REASON_1203_4_LIMITS] };
  }
  return FIT;
};

const FIT = fixed('PC 1203.4', 'candidate', [REASON_1203_4, REASON_1203_4_LIMITS]);
const UNKNOWN_SENTENCE = fixed('PC 1203.4', 'maybe', [
  { text: 'The record does not show the sentence. If probation was granted and completed, the court can set aside the conviction and dismiss the case.', cite: 'Pen. Code § 1203.4(a)(1)' },
  REASON_1203_4_LIMITS,
]);
