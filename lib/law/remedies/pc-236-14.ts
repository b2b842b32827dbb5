/**
 * PC 236.14: vacatur for victims of human trafficking (current text, Stats. 2023 ch. 131).
 * An arrest, conviction or juvenile adjudication (§ 236.14(a), (j)) for a nonviolent offense
 * (§ 236.14(t)(1)) committed while the client was a trafficking victim ((a), (g)(1)).
 * Never time-barred, and fines or unmet probation never block it (§ 236.14(l), rules R18, R19).
 */
import type { Trafficking } from '@/lib/model';
import type { EventFacts } from '../facts';
import { inTraffickingPeriod, type PeriodFinding } from '../rules/period';
import { seriousReason, seriousStatus } from '../rules/serious';
import { violence, type ViolenceFinding } from '../rules/violence';
import type { Fit, Question, Reason, RemedyResult, Verdict } from '../types';
import { answerOf, answeredReason } from '../questions';
import { fixed, type RemedyRule, type VacaturAnalysis } from './context';

const VERDICT_FIT: Record<Verdict, Fit> = { candidate: 'candidate', review: 'maybe', ineligible: 'no' };

export const REASON_FEDERAL: Reason = {
  text: 'This is a federal entry. Vacatur under § 236.14 reaches California arrests, convictions and adjudications, not federal ones; see the federal remedy, 18 U.S.C. § 3771A.',
  cite: 'Pen. Code § 236.14(a), (c); 18 U.S.C. § 3771A',
};
export const REASON_OTHER_STATE: Reason = {
  text: 'This entry is from another state. Vacatur under § 236.14 reaches California arrests, convictions and adjudications, not those of other states; look at the vacatur law of the state where it happened.',
  cite: 'Pen. Code § 236.14(a), (c)',
};
export const REASON_VIOLENT_ARREST: Reason = {
  text: 'This is an arrest for a violent offense. If it ended in a conviction of a lesser, nonviolent offense, answer the question: the arrest is then a review, not ineligible.',
  cite: 'Pen. Code § 236.14(a)',
};
/** Reference § 9.5 item 4 and rule R23: the law on this point is unsettled. */
export const REASON_VIOLENT_ARREST_LESSER: Reason = {
  text: 'This arrest for a violent offense ended in a conviction of a lesser, nonviolent offense. Whether the arrest record can be vacated together with that conviction is unsettled: needs attorney review.',
  cite: 'Pen. Code § 236.14(a), (t)(1)',
};
export const LESSER_CONVICTION: Question = {
  id: 'arrest-lesser-conviction',
  text: 'Did this arrest end in a conviction of a lesser, nonviolent offense?',
  cite: 'Pen. Code § 236.14(a), (t)(1)',
};

/**
 * The vacatur verdict for one event: ineligible when the count is violent (§ 667.5(c)) or not a
 * California entry; review when a fact is missing or the date is outside the trafficking periods;
 * candidate otherwise.
 */
export function analyzeVacatur(f: EventFacts, trafficking: Pick<Trafficking, 'periods'>): VacaturAnalysis {
  if (f.jurisdiction !== 'california') return f.jurisdiction === 'federal' ? FEDERAL : OTHER_STATE;
  const v = violence(f);
  const p = inTraffickingPeriod(f, trafficking.periods ?? []);
  // Without answers or enhancements, v and p are shared findings (same offense, level and date),
  // so the analysis built from them can be shared too: screening 10,000 counts then allocates
  // little (DESIGN § 6 budget). Shared analyses are frozen.
  if (f.enhancements.length > 0 || hasKeys(f.answers)) return build(f, v, p);
  let byPeriod = SHARED.get(v);
  if (!byPeriod) SHARED.set(v, (byPeriod = new WeakMap()));
  let pair = byPeriod.get(p);
  if (!pair) byPeriod.set(p, (pair = [undefined, undefined]));
  const slot = f.kind === 'arrest' ? 1 : 0;
  return (pair[slot] ??= freeze(build(f, v, p)));
}

const SHARED = new WeakMap<ViolenceFinding, WeakMap<PeriodFinding, [VacaturAnalysis | undefined, VacaturAnalysis | undefined]>>();

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function freeze(a: VacaturAnalysis): VacaturAnalysis {
  Object.freeze(a.reasons);
  Object.freeze(a.questions);
  return Object.freeze(a);
}

const FEDERAL: VacaturAnalysis = freeze({ fit: 'no', verdict: 'ineligible', reasons: [REASON_FEDERAL], questions: [], violent: null, serious: null, isViolent: false });
const OTHER_STATE: VacaturAnalysis = freeze({ fit: 'no', verdict: 'ineligible', reasons: [REASON_OTHER_STATE], questions: [], violent: null, serious: null, isViolent: false });

function concat<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = a.slice();
  for (let i = 0; i < b.length; i++) out.push(b[i]!);
  return out;
}

function build(f: EventFacts, v: ViolenceFinding, p: PeriodFinding): VacaturAnalysis {
  const serious = seriousStatus(f, p.status === 'ok');
  if (v.status === 'violent') {
    const reasons = v.reasons.slice();
    if (f.kind === 'arrest') {
      // An arrest for a violent charge that ended in a lesser nonviolent conviction is a review
      // (reference R23, § 9.5 item 4), never "ineligible" with a reason that says "needs review".
      const a = answerOf(f.answers, LESSER_CONVICTION.id);
      if (a === 'yes') {
        return { fit: 'maybe', verdict: 'review', reasons: [REASON_VIOLENT_ARREST_LESSER, answeredReason(LESSER_CONVICTION, 'yes'), ...reasons], questions: [LESSER_CONVICTION], violent: { paragraph: v.paragraph! }, serious, isViolent: true };
      }
      if (a === 'no') reasons.push(answeredReason(LESSER_CONVICTION, 'no'));
      else {
        reasons.push(REASON_VIOLENT_ARREST);
        // The one question an ineligible item carries: its answer can turn it into a review.
        return { fit: 'no', verdict: 'ineligible', reasons, questions: [LESSER_CONVICTION], violent: { paragraph: v.paragraph! }, serious, isViolent: true };
      }
    }
    return { fit: 'no', verdict: 'ineligible', reasons, questions: [], violent: { paragraph: v.paragraph! }, serious, isViolent: true };
  }
  if (p.status === 'no') {
    // The attorney answered that the client was not a victim at the time: that decides it.
    return { fit: 'no', verdict: 'ineligible', reasons: concat(p.reasons, v.reasons), questions: [], violent: null, serious, isViolent: false };
  }
  const verdict: Verdict = v.status === 'review' || p.status === 'review' ? 'review' : 'candidate';
  // The reason that decided the verdict comes first: the panel row, the summary and the CLI
  // table show only the first reason. A review caused by the date alone leads with the date.
  const dateDecides = p.status === 'review' && v.status !== 'review';
  const reasons = dateDecides ? concat(p.reasons, v.reasons) : concat(v.reasons, p.reasons);
  if (serious) reasons.push(seriousReason(f, serious));
  return { fit: VERDICT_FIT[verdict], verdict, reasons, questions: concat(v.questions, p.questions), violent: null, serious, isViolent: false };
}

export const REASON_STANDARD: Reason = {
  text: 'The petition must show by clear and convincing evidence that the arrest or conviction was a direct result of being a victim of human trafficking.',
  cite: 'Pen. Code § 236.14(a)',
};
export const REASON_NO_DEADLINE: Reason = {
  text: 'There is no deadline: the right to petition does not expire, and outstanding fines or unmet probation conditions are no reason to refuse to hear it.',
  cite: 'Pen. Code § 236.14(l)',
};
export const REASON_EFFECT_CONVICTION: Reason = {
  text: 'Vacatur sets aside the conviction and the arrest as invalid; the records are sealed and destroyed, and the client may then say the arrest and conviction did not occur.',
  cite: 'Pen. Code § 236.14(h), (k), (t)(2)',
};
export const REASON_ARREST: Reason = {
  text: 'Vacatur reaches arrests as well as convictions: the court can vacate an arrest for a nonviolent offense, and the arrest records are sealed and destroyed.',
  cite: 'Pen. Code § 236.14(a), (k), (t)(2)',
};
export const REASON_JUVENILE: Reason = {
  text: 'This is a juvenile adjudication (Welf. & Inst. Code § 602). If the adjudication was a direct result of being a trafficking victim, the client is entitled to a rebuttable presumption that the requirements for relief are met.',
  cite: 'Pen. Code § 236.14(j)',
};

/** The remedy entry for PC 236.14; its fit mirrors the verdict (review → maybe). */
export const pc236_14: RemedyRule = (f, ctx): RemedyResult => {
  const fit = ctx.vacatur.fit;
  // Not reported by screen() (it keeps only fitting remedies), but a direct caller sees why.
  if (fit === 'no') return { id: 'PC 236.14', fit, reasons: ctx.vacatur.reasons };
  return RESULTS[fit][f.kind];
};

const forKind = (fit: Fit) => ({
  conviction: fixed('PC 236.14', fit, [REASON_EFFECT_CONVICTION, REASON_STANDARD, REASON_NO_DEADLINE]),
  arrest: fixed('PC 236.14', fit, [REASON_ARREST, REASON_STANDARD, REASON_NO_DEADLINE]),
  adjudication: fixed('PC 236.14', fit, [REASON_JUVENILE, REASON_STANDARD, REASON_NO_DEADLINE]),
});
const RESULTS = { candidate: forKind('candidate'), maybe: forKind('maybe') };
