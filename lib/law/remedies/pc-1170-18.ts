/**
 * PC 1170.18 (Proposition 47, the Safe Neighborhoods and Schools Act, effective November 5, 2014):
 * a felony conviction for an offense Proposition 47 made a misdemeanor can be resentenced while the
 * sentence is being served (§ 1170.18(a)), or redesignated a misdemeanor by application once it is
 * completed (§ 1170.18(f)). The offenses: Health and Safety Code §§ 11350, 11357, 11377 and
 * Penal Code §§ 459.5, 473, 476a, 490.2, 496 and 666 as amended or added by the proposition, so
 * pre-2014 felonies under §§ 459 (commercial burglary up to $950), 470-476a forgery and bad checks,
 * 484/487 theft, 496 and 666 fit only when the value and facts fit. Persons with a § 667(e)(2)(C)(iv)
 * prior or who must register under § 290(c) are excluded (§ 1170.18(i)); the statute also set a
 * filing deadline with a good-cause exception (§ 1170.18(j)). The rule therefore only says "maybe".
 * Sources: People v. Bastidas and People v. Vasquez (Cal. Ct. App.) describing § 1170.18(a), (f).
 */
import { isFallbackCase } from './fallback';
import { isPenal } from './helpers';
import { NO_FIT, fixed, type RemedyRule } from './context';
import type { EventFacts } from '../facts';

/** Proposition 47 took effect the day after the November 4, 2014 election. */
export const PROP_47_EFFECTIVE = '2014-11-05';

export const REASON_1170_18 = {
  text: 'Proposition 47 (November 2014) made this offense a misdemeanor when the value or facts fit. A felony conviction before then can be resentenced as a misdemeanor while the sentence is being served, or redesignated a misdemeanor on application once it is completed.',
  cite: 'Pen. Code § 1170.18(a), (f)',
};
export const REASON_1170_18_REVIEW = {
  text: 'Check the value involved (generally $950 or less for theft, shoplifting, forgery, bad checks and stolen property), that the client has no excluded prior (§ 667(e)(2)(C)(iv)) and no § 290(c) registration duty, and whether the filing deadline has passed (a late petition needs good cause): needs attorney review.',
  cite: 'Pen. Code § 1170.18(i), (j)',
};

const HS_BASES = new Set(['11350', '11357', '11377']);
const PC_BASES = ['459', '459.5', '470', '473', '476a', '484', '487', '488', '490.2', '496', '666'];

function isProp47Offense(f: EventFacts): boolean {
  if (f.jurisdiction !== 'california' || !f.section) return false;
  if (f.code === 'HS') return HS_BASES.has(f.section.base);
  if (f.section.base === '459' && /\b(?:1ST|FIRST)\b|RESIDEN|INHABIT/i.test(f.event.description ?? '')) return false;
  return PC_BASES.some((b) => isPenal(f, b));
}

export const pc1170_18: RemedyRule = (f, ctx) => {
  const no = NO_FIT['PC 1170.18'];
  if (f.kind !== 'conviction' || f.level !== 'F' || !isFallbackCase(f, ctx) || ctx.vacatur.isViolent) return no;
  if (f.date === '' || f.date >= PROP_47_EFFECTIVE || !isProp47Offense(f)) return no;
  return FIT;
};

const FIT = fixed('PC 1170.18', 'maybe', [REASON_1170_18, REASON_1170_18_REVIEW]);
