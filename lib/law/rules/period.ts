/**
 * Was the offense committed while the client was a victim of human trafficking?
 * § 236.14(a) reaches offenses "committed while they were a victim of human trafficking", and the
 * court must find the petitioner was a victim "at the time of the alleged commission of the
 * qualifying crime" (§ 236.14(g)(1)). Periods are inclusive at both ends. A date outside every
 * period is a review, never ineligible by itself (reference rule R17): the record's date may be a
 * court date later than the offense.
 */
import type { TraffickingPeriod } from '@/lib/model';
import type { EventFacts } from '../facts';
import { QUESTION_IDS, answerOf, answeredReason } from '../questions';
import type { Question, Reason } from '../types';

export interface PeriodFinding {
  /** ok: inside a period or confirmed by the attorney; review: unknown; no: the attorney said no. */
  status: 'ok' | 'review' | 'no';
  reasons: Reason[];
  questions: Question[];
}

const CITE = 'Pen. Code § 236.14(a), (g)(1)';

export const VICTIM_AT_TIME: Question = {
  id: QUESTION_IDS.victimAtTime,
  text: 'Was the client a victim of human trafficking when this offense was committed?',
  cite: CITE,
};

/** The period that contains `date`, if any (ISO dates compare as strings). */
export function periodContaining(date: string, periods: readonly TraffickingPeriod[]): TraffickingPeriod | undefined {
  for (const p of periods) if (p.from <= date && date <= p.to) return p;
  return undefined;
}

function listPeriods(periods: readonly TraffickingPeriod[]): string {
  return periods.map((p) => `${p.from} to ${p.to}`).join('; ');
}

/**
 * @example inTraffickingPeriod(facts, [{ from: '2012-01-01', to: '2015-12-31' }]).status // 'ok' for 2015-12-31
 */
export function inTraffickingPeriod(f: EventFacts, periods: readonly TraffickingPeriod[]): PeriodFinding {
  const { date, kind } = offenseDateOf(f);
  const answer = answerOf(f.answers, VICTIM_AT_TIME.id);
  if (answer !== undefined) return compute(date, kind, answer, periods);
  // Shared between counts with the same date under the same periods (read-only).
  let byDate = SHARED.get(periods);
  if (!byDate) SHARED.set(periods, (byDate = new Map()));
  const key = `${kind}|${date}`;
  let out = byDate.get(key);
  if (!out) byDate.set(key, (out = compute(date, kind, undefined, periods)));
  return out;
}

/**
 * What the record's date is. `offense`: the offense date is on the record (`event.offenseDate`);
 * `arrest`: an arrest is dated by the arrest; `court`: a conviction or adjudication dated only by
 * the court or disposition, which can be later than the offense (§ 236.14(a), (g)(1) turn on when
 * the offense was committed).
 */
export type DateKind = 'offense' | 'arrest' | 'court';

export function offenseDateOf(f: Pick<EventFacts, 'event' | 'date' | 'kind'>): { date: string; kind: DateKind } {
  const od = f.event.offenseDate ?? '';
  if (od) return { date: od, kind: 'offense' };
  return { date: f.date, kind: f.kind === 'arrest' ? 'arrest' : 'court' };
}

const DATE_WORDS: Record<DateKind, string> = { offense: 'The offense date', arrest: 'The arrest date', court: 'The court date' };

const SHARED = new WeakMap<readonly TraffickingPeriod[], Map<string, PeriodFinding>>();

function compute(date: string, kind: DateKind, answer: 'yes' | 'no' | undefined, periods: readonly TraffickingPeriod[]): PeriodFinding {
  if (answer === 'no') {
    return {
      status: 'no',
      reasons: [
        answeredReason(VICTIM_AT_TIME, 'no'),
        { text: 'Vacatur under § 236.14 needs the offense to have been committed while the client was a victim of human trafficking.', cite: CITE },
      ],
      questions: [],
    };
  }
  const hit = date ? periodContaining(date, periods) : undefined;
  if (hit) {
    if (kind === 'court') {
      return {
        status: 'ok',
        reasons: [
          {
            text: `The record shows only the court date ${date}, not the date the offense was committed; the court date falls within the trafficking period ${hit.from} to ${hit.to}, but an offense comes before its court date. Enter the offense date from the court file before the petition says the offense was committed while the client was trafficked.`,
            cite: CITE,
          },
        ],
        questions: [],
      };
    }
    return { status: 'ok', reasons: [{ text: `${DATE_WORDS[kind]} ${date} falls within the trafficking period ${hit.from} to ${hit.to}.`, cite: CITE }], questions: [] };
  }
  if (answer === 'yes') return { status: 'ok', reasons: [answeredReason(VICTIM_AT_TIME, 'yes')], questions: [] };
  let text: string;
  if (!date) text = 'The record shows no date for this entry, so it cannot be matched to a trafficking period. Find the date of the offense or arrest.';
  else if (periods.length === 0) {
    text = 'No trafficking period has been entered for this case yet. Enter when the client was trafficked: vacatur needs the offense to have been committed while the client was a victim.';
  } else if (kind === 'court') {
    text = `The record shows only the court date ${date}, not the date the offense was committed, and the court date falls outside every trafficking period entered (${listPeriods(periods)}). An offense comes before its court date: enter the offense date from the court file, and find out whether the client was a victim of human trafficking when the offense was committed.`;
  } else {
    text = `${DATE_WORDS[kind]} ${date} falls outside every trafficking period entered (${listPeriods(periods)}). Find out whether the client was a victim of human trafficking when the offense was committed.`;
  }
  return { status: 'review', reasons: [{ text, cite: CITE }], questions: [VICTIM_AT_TIME] };
}
