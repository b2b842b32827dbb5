/**
 * PC 17(b): a wobbler (punishable as a felony or a misdemeanor) can be declared a misdemeanor
 * "for all purposes" unless a state prison term was imposed; usually paired with § 1203.4
 * on form CR-180. A fallback.
 */
import { isFallbackCase } from './fallback';
import { sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_17B = {
  text: 'This offense can be punished as a felony or a misdemeanor (a "wobbler"). The court can declare it a misdemeanor for all purposes unless a state prison term was imposed; it is usually asked for together with a § 1203.4 dismissal (form CR-180).',
  cite: 'Pen. Code § 17(b)(3)',
};

export const pc17b: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 17(b)'];
  if (f.kind !== 'conviction' || !isFallbackCase(f, ctx) || f.level !== 'F' || !f.entry?.wobbler) return no;
  if (sentenceFacts(f.event.sentence ?? '', f.date).prison) return no;
  return FIT;
};

const FIT = fixed('PC 17(b)', 'maybe', [REASON_17B]);
