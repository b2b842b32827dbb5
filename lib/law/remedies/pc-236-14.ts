/**
 * PC 236.14: vacatur for victims of human trafficking (current text, Stats. 2023 ch. 131).
 * An arrest, conviction or juvenile adjudication (§ 236.14(a), (j)) for a nonviolent offense
 * (§ 236.14(t)(1)) committed while the client was a trafficking victim ((a), (g)(1)).
 * Never time-barred, and fines or unmet probation never block it (§ 236.14(l), rules R18, R19).
 */
import type { Trafficking } from '@/lib/model';
import type { EventFacts } from '../facts';
import { inTraffickingPeriod } from '../rules/period';
import { seriousReason, seriousStatus } from '../rules/serious';
import { violence } from '../rules/violence';
import type { Fit, Reason, RemedyResult, Verdict } from '../types';
import type { RemedyRule, VacaturAnalysis } from './context';

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
  text: 'This is an arrest. If it ended in a conviction for a lesser nonviolent offense, whether this arrest record can be vacated with that conviction needs attorney review.',
  cite: 'Pen. Code § 236.14(a)',
};

/**
 * The vacatur verdict for one event: ineligible when the count is violent (§ 667.5(c)) or not a
 * California entry; review when a fact is missing or the date is outside the trafficking periods;
 * candidate otherwise.
 */
export function analyzeVacatur(f: EventFacts, trafficking: Pick<Trafficking, 'periods'>): VacaturAnalysis {
  if (f.jurisdiction !== 'california') {
    const reason = f.jurisdiction === 'federal' ? REASON_FEDERAL : REASON_OTHER_STATE;
    return { fit: 'no', verdict: 'ineligible', reasons: [reason], questions: [], violent: null, serious: null, isViolent: false };
  }
  const v = violence(f);
  const p = inTraffickingPeriod(f, trafficking.periods ?? []);
  const serious = seriousStatus(f, p.status === 'ok');
  if (v.status === 'violent') {
    const reasons = f.kind === 'arrest' ? [...v.reasons, REASON_VIOLENT_ARREST] : v.reasons.slice();
    return { fit: 'no', verdict: 'ineligible', reasons, questions: [], violent: { paragraph: v.paragraph! }, serious, isViolent: true };
  }
  if (p.status === 'no') {
    return { fit: 'no', verdict: 'ineligible', reasons: [...v.reasons, ...p.reasons], questions: [], violent: null, serious, isViolent: false };
  }
  const reasons = [...v.reasons, ...p.reasons];
  if (serious) reasons.push(seriousReason(f, serious));
  const verdict: Verdict = v.status === 'review' || p.status === 'review' ? 'review' : 'candidate';
  return { fit: VERDICT_FIT[verdict], verdict, reasons, questions: [...v.questions, ...p.questions], violent: null, serious, isViolent: false };
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
  if (fit === 'no') return { id: 'PC 236.14', fit, reasons: ctx.vacatur.reasons };
  const first = f.kind === 'arrest' ? REASON_ARREST : f.kind === 'adjudication' ? REASON_JUVENILE : REASON_EFFECT_CONVICTION;
  return { id: 'PC 236.14', fit, reasons: [first, REASON_STANDARD, REASON_NO_DEADLINE] };
};
