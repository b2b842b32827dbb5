/**
 * PC 1203.42: a defendant sentenced before the 2011 Realignment Legislation for a crime that would
 * now be sentenced to county jail under § 1170(h) can ask for the same discretionary dismissal as
 * § 1203.41 (§ 1203.42(a)(1)), two years after completing the sentence (§ 1203.42(a)(2)), and not
 * while supervised, serving a sentence, on probation or charged (§ 1203.42(a)(3)). Reference § 2;
 * AB 1115 (Stats. 2017 ch. 207) added the section. Realignment applied to sentences on or after
 * October 1, 2011. Whether an offense "would otherwise have been eligible" for § 1170(h) depends on
 * the offense and on the client's record (§ 1170(h)(3)), which the catalog does not carry: the
 * result is always "maybe", and that point says "needs attorney review".
 */
import { isFallbackCase } from './fallback';
import { sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

/** The 2011 Realignment Legislation applies to persons sentenced on or after October 1, 2011 (§ 1170(h)(6)). */
export const REALIGNMENT_OPERATIVE = '2011-10-01';

export const REASON_1203_42 = {
  text: 'This felony was sentenced to state prison before realignment (October 1, 2011). If the crime would now be sentenced to county jail under § 1170(h), the court can, in its discretion and in the interest of justice, let the client withdraw the plea and dismiss the case, two years after the sentence was completed (form CR-180).',
  cite: 'Pen. Code § 1203.42(a)(1), (2)',
};
export const REASON_1203_42_ELIGIBLE = {
  text: 'Whether this offense would have been eligible for a § 1170(h) county jail sentence (it depends on the offense and on the client\'s prior serious or violent felonies and registration) needs attorney review.',
  cite: 'Pen. Code § 1203.42(a); § 1170(h)(3)',
};

export const pc1203_42: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 1203.42'];
  if (f.kind !== 'conviction' || f.level !== 'F' || !isFallbackCase(f, ctx) || ctx.vacatur.isViolent) return no;
  if (f.date === '' || f.date >= REALIGNMENT_OPERATIVE) return no;
  return sentenceFacts(f.event.sentence ?? '', f.date).prison ? FIT : no;
};

const FIT = fixed('PC 1203.42', 'maybe', [REASON_1203_42, REASON_1203_42_ELIGIBLE]);
