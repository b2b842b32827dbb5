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

export const REASON_851_91_NOT_FILED = {
  text: 'No charges were filed on this arrest. That ground qualifies for sealing only once the statute of limitations has run on every offense the arrest was based on; find out whether it has before petitioning.',
  cite: 'Pen. Code § 851.91(a)',
};

/** "Prosecutor rejected", "PROS REJ-", "no complaint filed", "declined": no charges were filed. */
const NOT_FILED = /\bREJ|NOT FILED|NO CHARGES|NO COMPLAINT|DECLINED/i;

export const pc851_91: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 851.91'];
  if (f.kind !== 'arrest' || !isFallbackCase(f, ctx)) return no;
  const disposition = f.event.disposition ?? '';
  const outcome = dispositionOutcome(disposition);
  if (outcome === 'convicted') return no;
  if (outcome === 'none' && NOT_FILED.test(disposition)) return NOT_FILED_YET;
  return outcome === 'none' ? FIT : MAYBE;
};

const NOT_FILED_YET = fixed('PC 851.91', 'maybe', [REASON_851_91, REASON_851_91_NOT_FILED, REASON_851_91_LIMITS]);

const FIT = fixed('PC 851.91', 'candidate', [REASON_851_91, REASON_851_91_LIMITS]);
const MAYBE = fixed('PC 851.91', 'maybe', [
  { text: 'If this arrest did not lead to a conviction, it can be sealed by petition; the record does not show the outcome.', cite: 'Pen. Code § 851.91(a)' },
  REASON_851_91_LIMITS,
]);
