/**
 * PC 1203.49: dismissal of a § 647(b) conviction for a trafficking victim who has completed any
 * term of probation (Stats. 2014 ch. 708). Relief is 1203.4-type; records are not destroyed.
 */
import { isProstitution, sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1203_49 = {
  text: 'A § 647(b) prostitution or solicitation conviction can be dismissed once any probation is complete, on clear and convincing evidence that it was the result of the client being a trafficking victim.',
  cite: 'Pen. Code § 1203.49',
};
export const REASON_1203_49_EFFECT = {
  text: 'The order finds the client was a trafficking victim, grants § 1203.4 relief and notifies the Department of Justice; records are not destroyed, so vacatur under § 236.14 goes further.',
  cite: 'Pen. Code § 1203.49(a)-(c); § 236.14(t)(2)',
};

export const pc1203_49: RemedyRule = (f, ctx) => {
  if (!isProstitution(f) || f.kind !== 'conviction') return NO_FIT['PC 1203.49'];
  const s = sentenceFacts(f.event.sentence ?? '', f.date);
  if (s.probationEnds && s.probationEnds > ctx.asOf) {
    return {
      id: 'PC 1203.49',
      fit: 'maybe',
      reasons: [
        REASON_1203_49,
        { text: `Probation appears to run until ${s.probationEnds}; this petition is available once probation is complete.`, cite: 'Pen. Code § 1203.49' },
        REASON_1203_49_EFFECT,
      ],
    };
  }
  return FIT;
};

const FIT = fixed('PC 1203.49', 'candidate', [REASON_1203_49, REASON_1203_49_EFFECT]);
