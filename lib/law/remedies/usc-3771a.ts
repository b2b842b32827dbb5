/**
 * 18 U.S.C. § 3771A (Trafficking Survivors Relief Act, Pub. L. 119-73, January 23, 2026): vacatur
 * of federal "level A" (non-violent) convictions committed as a direct result of trafficking, and
 * expungement of related arrests (reference rule R22). The standard of proof and deadlines were
 * not confirmed from the enrolled text, so the fit is always 'maybe'.
 */
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_3771A = {
  text: 'The Trafficking Survivors Relief Act (2026) lets a federal court vacate a conviction for a non-violent ("level A") federal offense committed as a direct result of being a trafficking victim, and expunge related arrests.',
  cite: '18 U.S.C. § 3771A',
};
export const REASON_3771A_REVIEW = {
  text: 'Whether this offense is "level A", the standard of proof and any deadline were not confirmed from the enacted text; needs attorney review.',
  cite: '18 U.S.C. § 3771A (Pub. L. 119-73)',
};

export const usc3771A: RemedyRule = (f) => {
  if (f.jurisdiction !== 'federal') return NO_FIT['18 USC 3771A'];
  return FIT;
};

const FIT = fixed('18 USC 3771A', 'maybe', [REASON_3771A, REASON_3771A_REVIEW]);
