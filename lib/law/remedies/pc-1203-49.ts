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

export const REASON_1203_49_TIMING = {
  text: 'Whether the client was a trafficking victim when this offense was committed is not settled yet (see the vacatur screening); § 1203.49 needs the conviction to be the result of that status.',
  cite: 'Pen. Code § 1203.49; § 236.14(g)(1)',
};
export const REASON_1203_49_PROBATION_UNKNOWN = {
  text: 'The sentence included probation, and the record does not show that it is complete; this petition is available once any term of probation is complete.',
  cite: 'Pen. Code § 1203.49',
};

export const pc1203_49: RemedyRule = (f, ctx) => {
  if (!isProstitution(f) || f.kind !== 'conviction') return NO_FIT['PC 1203.49'];
  const s = sentenceFacts(f.event.sentence ?? '', f.date);
  // A "candidate" only once the trafficking timing is resolved and probation is complete (issue 11).
  if (ctx.vacatur.questions.some((q) => q.id === 'victim-at-time')) return TIMING;
  if (s.probation && !s.probationEnds) return PROBATION_UNKNOWN;
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
const TIMING = fixed('PC 1203.49', 'maybe', [REASON_1203_49, REASON_1203_49_TIMING, REASON_1203_49_EFFECT]);
const PROBATION_UNKNOWN = fixed('PC 1203.49', 'maybe', [REASON_1203_49, REASON_1203_49_PROBATION_UNKNOWN, REASON_1203_49_EFFECT]);
