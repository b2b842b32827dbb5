/**
 * PC 1170.22: vacating convictions under former § 647f (felony prostitution), repealed by SB 239
 * (reference rule R21; Judicial Council forms CR-404 / CR-405 per the self-help page). A person
 * still serving the sentence petitions under § 1170.22(a); "Upon completion of sentence ... the
 * provisions of Section 1170.21 shall apply" (§ 1170.22(e)), so a completed sentence cites § 1170.21.
 */
import { isFormer647f } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1170_22 = {
  text: 'Former § 647f, which made some prostitution offenses felonies, has been repealed; a person still serving a sentence under it can petition to have the conviction vacated (Judicial Council forms CR-404 and CR-405).',
  cite: 'Pen. Code § 1170.22(a), (b)',
};

export const REASON_1170_21 = {
  text: 'Once the sentence is completed, § 1170.21 applies instead of a petition for recall: the conviction under former § 647f is vacated under that section.',
  cite: 'Pen. Code § 1170.22(e); § 1170.21',
};

export const pc1170_22: RemedyRule = (f) => {
  if (!isFormer647f(f) || f.kind !== 'conviction') return NO_FIT['PC 1170.22'];
  return FIT;
};

const FIT = fixed('PC 1170.22', 'candidate', [REASON_1170_22, REASON_1170_21]);
