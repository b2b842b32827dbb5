/**
 * PC 17(b): a wobbler (punishable as a felony or a misdemeanor) is a misdemeanor for all purposes
 * "after a judgment imposing a punishment other than imprisonment in the state prison or
 * imprisonment in a county jail under subdivision (h) of Section 1170" (§ 17(b)(1)), or when the
 * court declares it a misdemeanor on granting probation or on application afterwards (§ 17(b)(3),
 * which needs a grant of probation). Usually paired with § 1203.4 on form CR-180. A fallback.
 */
import { isFallbackCase } from './fallback';
import { sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_17B = {
  text: 'This offense can be punished as a felony or a misdemeanor (a "wobbler"). Because probation was granted, the court can declare it a misdemeanor for all purposes on application; it is usually asked for together with a § 1203.4 dismissal (form CR-180).',
  cite: 'Pen. Code § 17(b)(3)',
};
export const REASON_17B_UNKNOWN = {
  text: 'This offense can be punished as a felony or a misdemeanor (a "wobbler"). A reduction on application needs a grant of probation (§ 17(b)(3)), and none is shown; it is never available after a state prison or § 1170(h) county jail term (§ 17(b)(1)). Check the sentence on the court record.',
  cite: 'Pen. Code § 17(b)(1), (3)',
};

/** "1170(H)", "1170 (H) PC-SENTENCING", "COUNTY JAIL PER 1170(H)". */
const REALIGNMENT = /1170\s*\(\s*H\s*\)/i;

export const pc17b: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 17(b)'];
  if (f.kind !== 'conviction' || !isFallbackCase(f, ctx) || f.level !== 'F' || !f.entry?.wobbler) return no;
  const sentence = f.event.sentence ?? '';
  const s = sentenceFacts(sentence, f.date);
  // § 17(b)(1): not after state prison or a county jail term under § 1170(h).
  if (s.prison || REALIGNMENT.test(sentence) || REALIGNMENT.test(f.event.disposition ?? '')) return no;
  return s.probation ? FIT : UNKNOWN;
};

const FIT = fixed('PC 17(b)', 'maybe', [REASON_17B]);
const UNKNOWN = fixed('PC 17(b)', 'maybe', [REASON_17B_UNKNOWN]);
