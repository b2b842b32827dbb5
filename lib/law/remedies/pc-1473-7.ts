/**
 * PC 1473.7(a)(1): motion to vacate a conviction for prejudicial error affecting the ability to
 * understand or defend against immigration consequences, by a person no longer in criminal
 * custody; granted on a preponderance (§ 1473.7(f)(1)). Often paired with vacatur for immigrant
 * survivors. A fallback; whether the client is a non-citizen is not in the case data, so 'maybe'.
 */
import { isFallbackCase } from './fallback';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1473_7 = {
  text: 'If the client is not a U.S. citizen and this conviction could lead to removal or the denial of an immigration benefit, a motion to vacate it for prejudicial error about immigration consequences may be available once the client is out of criminal custody.',
  cite: 'Pen. Code § 1473.7(a)(1)',
};
export const REASON_1473_7_STANDARD = {
  text: 'The court must grant the motion if the grounds are shown by a preponderance of the evidence (forms CR-187 and CR-188).',
  cite: 'Pen. Code § 1473.7(f)(1)',
};

export const pc1473_7: RemedyRule = (f, ctx) => {
  if (f.kind !== 'conviction' || !isFallbackCase(f, ctx)) return NO_FIT['PC 1473.7'];
  return FIT;
};

const FIT = fixed('PC 1473.7', 'maybe', [REASON_1473_7, REASON_1473_7_STANDARD]);
