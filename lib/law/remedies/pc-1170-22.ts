/**
 * PC 1170.22: vacating convictions under former § 647f (felony prostitution), repealed by SB 239
 * (reference rule R21; Judicial Council forms CR-404 / CR-405 per the self-help page).
 */
import { isFormer647f } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1170_22 = {
  text: 'Former § 647f, which made some prostitution offenses felonies, has been repealed; a conviction under it can be vacated by petition (Judicial Council forms CR-404 and CR-405).',
  cite: 'Pen. Code § 1170.22',
};

export const pc1170_22: RemedyRule = (f) => {
  if (!isFormer647f(f) || f.kind !== 'conviction') return NO_FIT['PC 1170.22'];
  return FIT;
};

const FIT = fixed('PC 1170.22', 'candidate', [REASON_1170_22]);
