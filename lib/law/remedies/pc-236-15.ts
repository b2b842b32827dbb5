/**
 * PC 236.15: vacatur for survivors of intimate partner violence or sexual violence (AB 124,
 * effective January 1, 2022). Same nonviolent limit and standard as § 236.14, but the petition must
 * be brought "within a reasonable time" (§ 236.15(l)), so timing always needs review (rule R18).
 * Offered only when the case says the client is such a survivor.
 */
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_236_15 = {
  text: 'The case notes the client is also a survivor of intimate partner violence or sexual violence: § 236.15 offers vacatur of a nonviolent arrest or conviction that was a direct result of that violence, on the same clear and convincing standard.',
  cite: 'Pen. Code § 236.15(a)',
};
export const REASON_236_15_TIMING = {
  text: 'Unlike § 236.14, this petition must be brought within a reasonable time after the client ceased to be a victim or sought services; whether it is timely needs attorney review.',
  cite: 'Pen. Code § 236.15(l)',
};

export const pc236_15: RemedyRule = (f, ctx) => {
  if (!ctx.trafficking.ipvOrSexualViolence || f.jurisdiction !== 'california' || ctx.vacatur.isViolent) {
    return NO_FIT['PC 236.15'];
  }
  return FIT;
};

const FIT = fixed('PC 236.15', 'maybe', [REASON_236_15, REASON_236_15_TIMING]);
