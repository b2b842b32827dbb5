/**
 * PC 851.91: sealing of an arrest that did not result in a conviction (charges not filed,
 * dismissed and not refilable, acquittal, conviction vacated). Sealed, not destroyed. A fallback.
 */
import { isFallbackCase } from './fallback';
import { dispositionOutcome } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_851_91 = {
  text: 'An arrest that did not end in a conviction can be sealed by petition (for example, no charges filed, charges dismissed and not refilable, or acquittal); sealing is a matter of right unless an exception applies (forms CR-409 and CR-410).',
  cite: 'Pen. Code § 851.91(a)',
};
export const REASON_851_91_LIMITS = {
  text: 'The arrest is sealed, not destroyed: it must still be disclosed on applications to be a peace officer, for public office, licensure and Lottery contracts.',
  cite: 'Pen. Code § 851.91; § 851.92',
};

export const pc851_91: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 851.91'];
  if (f.kind !== 'arrest' || !isFallbackCase(f, ctx)) return no;
  const outcome = dispositionOutcome(f.event.disposition ?? '');
  if (outcome === 'convicted') return no;
  return outcome === 'none' ? FIT : MAYBE;
};

const FIT = fixed('PC 851.91', 'candidate', [REASON_851_91, REASON_851_91_LIMITS]);
const MAYBE = fixed('PC 851.91', 'maybe', [
  { text: 'If this arrest did not lead to a conviction, it can be sealed by petition; the record does not show the outcome.', cite: 'Pen. Code § 851.91(a)' },
  REASON_851_91_LIMITS,
]);
