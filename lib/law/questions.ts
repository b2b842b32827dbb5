/**
 * Questions that settle a review. The panel shows them; the attorney's answer is stored as
 * `event.answers[id]` ('yes' | 'no' | 'unknown'), and screening reads it back: 'yes' and 'no'
 * settle the point, 'unknown' (or no answer) leaves the review open.
 */
import type { Question, Reason } from './types';

/** Stable question ids (stored in case files: never rename). */
export const QUESTION_IDS = {
  gangFinding: 'gang-finding',
  personPresent: 'person-present',
  drugging: 'drugging-proved',
  listedSubdivision: 'listed-subdivision',
  attemptViolent: 'attempt-violent',
  conspiracyViolent: 'conspiracy-violent',
  formerSection: 'former-section-listed',
  enhancementSubdivision: 'enhancement-subdivision',
  enhancementProved: 'enhancement-proved',
  lifeTerm: 'life-term-violent',
  penalCode: 'penal-code',
  victimAtTime: 'victim-at-time',
  levelConfirmed: 'level-confirmed',
  chargeConfirmed: 'charge-confirmed',
  repealedConfirmed: 'repealed-section-confirmed',
  firearmUsed: 'enhancement-firearm',
} as const;

export type QuestionId = (typeof QUESTION_IDS)[keyof typeof QUESTION_IDS];

export type Answer = 'yes' | 'no' | undefined;

/** The settled answer to a question, or undefined when unanswered or 'unknown'. */
export function answerOf(answers: Readonly<Record<string, string>>, id: string): Answer {
  const a = answers[id];
  return a === 'yes' || a === 'no' ? a : undefined;
}

/** The reason recording an attorney's answer, so the screening shows what it relied on. */
export function answeredReason(q: Question, answer: 'yes' | 'no'): Reason {
  return { text: `The attorney answered "${answer}" to: ${q.text}`, cite: q.cite };
}
