/**
 * PC 1203.4a: dismissal of a misdemeanor or infraction when probation was not granted, one year
 * after judgment; as of right if the sentence was completed and the person has since lived an
 * honest and upright life, otherwise discretionary (§ 1203.4a(a), (b)). A fallback.
 */
import type { EventFacts } from '../facts';
import { isFallbackCase } from './fallback';
import { addMonths, isPenal, sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1203_4A = {
  text: 'A misdemeanor or infraction without probation can be dismissed one year after judgment: as of right if the sentence was completed and the client has obeyed the law since, otherwise in the court\'s discretion (form CR-180).',
  cite: 'Pen. Code § 1203.4a(a), (b)',
};

/**
 * § 1203.4a(d) has its own exclusions, not § 1203.4(b)'s: a misdemeanor § 288(c), a Vehicle Code
 * § 42002.1 misdemeanor, and a Vehicle Code § 42001 infraction (leginfo text, history "Amended by
 * Stats. 2022, Ch. 734 (SB 1106)").
 */
export function excludedBy1203_4a(f: EventFacts): boolean {
  if (f.code === 'VC' && f.section?.base === '42002.1' && f.level === 'M') return true;
  if (f.code === 'VC' && f.section?.base === '42001' && f.level === 'I') return true;
  return isPenal(f, '288', ['c']) && f.level === 'M';
}

export const pc1203_4a: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 1203.4a'];
  const misdemeanor = f.level === 'M' || f.level === 'I' || (f.level === '' && !!f.entry && !f.entry.levels.includes('F'));
  if (f.kind !== 'conviction' || !isFallbackCase(f, ctx) || !misdemeanor || excludedBy1203_4a(f)) return no;
  const s = sentenceFacts(f.event.sentence ?? '', f.date);
  if (s.probation) return no;
  if (f.date) {
    const from = addMonths(f.date, 12);
    if (from > ctx.asOf) {
      return { id: 'PC 1203.4a', fit: 'maybe', reasons: [REASON_1203_4A, { text: `One year after judgment is ${from}; the petition can be filed from then.`, cite: 'Pen. Code § 1203.4a(a)' }] };
    }
  }
  return s.known ? FIT : MAYBE;
};

const FIT = fixed('PC 1203.4a', 'candidate', [REASON_1203_4A]);
const MAYBE = fixed('PC 1203.4a', 'maybe', [REASON_1203_4A]);
