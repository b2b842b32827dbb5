/**
 * PC 1203.47: sealing of juvenile (Welf. & Inst. Code § 602) adjudications for § 647(b) or former
 * § 653.22 once the person is 18, without the usual rehabilitation showing; not for buyers
 * (reference rule R16).
 */
import { addMonths, isLoitering65322, isPenal, isProstitution } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1203_47 = {
  text: 'A juvenile adjudication for § 647(b) or former § 653.22 can be sealed once the client is 18, without the usual showings of rehabilitation or of no later felony or moral-turpitude conviction.',
  cite: 'Pen. Code § 1203.47(a); Welf. & Inst. Code § 781',
};
export const REASON_1203_47_BUYER = {
  text: 'Not available to the person who paid or offered to pay for a sex act (the buyer).',
  cite: 'Pen. Code § 1203.47(b)',
};

export const pc1203_47: RemedyRule = (f, ctx) => {
  if (f.kind !== 'adjudication' || !(isProstitution(f) || isLoitering65322(f))) return NO_FIT['PC 1203.47'];
  // § 647(b)(2) and (b)(3) are the buyer's offenses.
  if (isPenal(f, '647', ['b', '2']) || isPenal(f, '647', ['b', '3'])) return { id: 'PC 1203.47', fit: 'no', reasons: [REASON_1203_47_BUYER] };
  const reasons = [REASON_1203_47, REASON_1203_47_BUYER];
  if (ctx.clientDob) {
    const eighteen = addMonths(ctx.clientDob, 18 * 12);
    if (eighteen > ctx.asOf) {
      return { id: 'PC 1203.47', fit: 'maybe', reasons: [...reasons, { text: `The client turns 18 on ${eighteen}; sealing under § 1203.47 is available from then.`, cite: 'Pen. Code § 1203.47(a)' }] };
    }
  }
  return FIT;
};

const FIT = fixed('PC 1203.47', 'candidate', [REASON_1203_47, REASON_1203_47_BUYER]);
