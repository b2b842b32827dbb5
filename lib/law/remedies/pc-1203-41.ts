/**
 * PC 1203.41: dismissal of a felony after a county jail sentence under § 1170(h) (criminal
 * justice realignment), in the court's discretion and in the interest of justice (§ 1203.41(a)).
 * Relief only one year after completing a split sentence under § 1170(h)(5)(B), or two years
 * after a straight term under § 1170(h)(5)(A) (§ 1203.41(a)(2)); not while under supervision,
 * serving a sentence, on probation or charged with an offense (§ 1203.41(a)(3)). Reference § 2
 * (leginfo text of § 1203.41). The record rarely shows when the term ended, so the fit is "maybe".
 * This is the remedy § 1203.4's "no probation" reason points to. A fallback.
 *
 * State prison: the reference (table of fallback remedies, [LEG §1203.41], text as of July 2026)
 * lists a felony sentenced to state prison as well, two years after completing the sentence, and
 * not for a person required to register under § 290. The subdivision numbering of those prison
 * conditions in the current text is not quoted in the reference, so that reason cites the section
 * and says "needs attorney review".
 */
import { isFallbackCase } from './fallback';
import { sentenceFacts } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';

export const REASON_1203_41 = {
  text: 'This felony was sentenced to county jail under § 1170(h). The court can, in its discretion and in the interest of justice, let the client withdraw the plea and dismiss the case (form CR-180).',
  cite: 'Pen. Code § 1203.41(a)(1)',
};
export const REASON_1203_41_TIMING = {
  text: 'Relief can be granted one year after the sentence was completed if it was a split sentence (§ 1170(h)(5)(B)), or two years after if it was a straight county jail term (§ 1170(h)(5)(A)); the record does not show when the term ended. Check the completion date.',
  cite: 'Pen. Code § 1203.41(a)(2)',
};
export const REASON_1203_41_CONDITIONS = {
  text: 'Not while the client is under supervision, serving a sentence, on probation or charged with an offense.',
  cite: 'Pen. Code § 1203.41(a)(3)',
};

export const REASON_1203_41_PRISON = {
  text: 'This felony was sentenced to state prison. Section 1203.41 also reaches state prison sentences: the court can, in its discretion and in the interest of justice, let the client withdraw the plea and dismiss the case two years after the sentence was completed (form CR-180).',
  cite: 'Pen. Code § 1203.41(a)',
};
export const REASON_1203_41_PRISON_LIMITS = {
  text: 'For a state prison sentence, relief is not available to a person required to register under § 290, nor while the client is under supervision, serving a sentence, on probation or charged with an offense. The exact conditions for prison cases need attorney review against the current text.',
  cite: 'Pen. Code § 1203.41; § 290',
};

/** "1170(H)", "1170 (H) PC-SENTENCING", "COUNTY JAIL PER 1170(H)". */
const REALIGNMENT = /1170\s*\(\s*H\s*\)/i;

export const pc1203_41: RemedyRule = (f, ctx) => {
  if (f.kind !== 'conviction' || f.level !== 'F' || !isFallbackCase(f, ctx)) return NO_FIT['PC 1203.41'];
  const sentence = `${f.event.sentence ?? ''} ${f.event.disposition ?? ''}`;
  if (REALIGNMENT.test(sentence)) return FIT;
  return sentenceFacts(f.event.sentence ?? '', f.date).prison ? FIT_PRISON : NO_FIT['PC 1203.41'];
};

const FIT = fixed('PC 1203.41', 'maybe', [REASON_1203_41, REASON_1203_41_TIMING, REASON_1203_41_CONDITIONS]);
const FIT_PRISON = fixed('PC 1203.41', 'maybe', [REASON_1203_41_PRISON, REASON_1203_41_PRISON_LIMITS]);
