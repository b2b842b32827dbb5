/**
 * PC 653.29: relief for convictions under former § 653.22 (loitering with intent to commit
 * prostitution), repealed by SB 357 effective January 1, 2023. No trafficking showing is needed,
 * so it is often the easier petition for these counts (reference rule R20).
 */
import { isLoitering65322, sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_653_29_DISMISS = {
  text: 'Former § 653.22 (loitering with intent to commit prostitution) was repealed effective January 1, 2023. A person who has completed the sentence can apply to have this conviction dismissed and sealed as legally invalid; no trafficking showing is needed.',
  cite: 'Pen. Code § 653.29(b)',
};
export const REASON_653_29_PRESUMPTION = {
  text: 'The application is presumed valid unless the prosecution proves otherwise by clear and convincing evidence, and no hearing is needed unless the applicant asks for one (Judicial Council forms CR-425 and CR-426).',
  cite: 'Pen. Code § 653.29(b)(2), (c)',
};

export const REASON_653_29_SERVING = {
  text: 'The sentence for this conviction appears to be still running. Subdivision (a) covers a person still serving the sentence: they can petition the court that entered the judgment to recall or dismiss it (the exact procedure of § 653.29(a) needs attorney review).',
  cite: 'Pen. Code § 653.29(a)',
};

export const pc653_29: RemedyRule = (f, ctx) => {
  if (!isLoitering65322(f) || f.kind !== 'conviction') return NO_FIT['PC 653.29'];
  const s = sentenceFacts(f.event.sentence ?? '', f.date);
  return s.probationEnds && s.probationEnds > ctx.asOf ? SERVING : FIT;
};

const SERVING = fixed('PC 653.29', 'candidate', [REASON_653_29_SERVING, REASON_653_29_PRESUMPTION]);

const FIT = fixed('PC 653.29', 'candidate', [REASON_653_29_DISMISS, REASON_653_29_PRESUMPTION]);
