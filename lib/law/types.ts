/**
 * Types shared by the offense catalog, the remedy rules and screen().
 *
 * Citation style (used by every reason in lib/law, and asserted by tests):
 *   - Penal Code: `Pen. Code § 236.14(t)(1)`; a second Penal Code section in the same cite is
 *     written `§ 667.5(c)(9)` after a semicolon: `Pen. Code § 236.14(t)(1); § 667.5(c)(9)`.
 *     Several subdivisions of one section: `Pen. Code § 236.14(a), (g)(1)`.
 *   - Other California codes: `Health & Saf. Code § 11350`, `Veh. Code § 12500`,
 *     `Welf. & Inst. Code § 602`, `Bus. & Prof. Code § 25658` (see codes.ts).
 *   - Federal: `18 U.S.C. § 3771A`.
 * Remedy ids are written like `PC 236.14`, `PC 1203.4a`, `PC 17(b)`, `18 USC 3771A`.
 *
 * Wording rule ("never invent law"): where the reference (shared/reference/california-law.md)
 * is unsure, the reason says "needs attorney review" instead of guessing.
 */
import type { CaseEvent, OffenseLevel, Trafficking } from '@/lib/model';

/** One plain-English reason with the citation that supports it. */
export interface Reason {
  text: string;
  cite: string;
}

/** How well a remedy fits one event. */
export type Fit = 'candidate' | 'maybe' | 'no';

/** The vacatur (PC 236.14) verdict for one event. */
export type Verdict = 'candidate' | 'review' | 'ineligible';

export type RemedyId =
  | 'PC 236.14'
  | 'PC 236.15'
  | 'PC 653.29'
  | 'PC 1203.49'
  | 'PC 1170.22'
  | 'PC 1203.47'
  | 'PC 1203.4'
  | 'PC 1203.4a'
  | 'PC 1203.41'
  | 'PC 1203.42'
  | 'PC 1170.18'
  | 'PC 17(b)'
  | 'PC 851.91'
  | 'PC 1473.7'
  | '18 USC 3771A';

export interface RemedyResult {
  id: RemedyId;
  fit: Fit;
  reasons: Reason[];
}

/**
 * A fact the record does not show. The panel asks it; the answer is stored in
 * `event.answers[id]` ('yes' | 'no' | 'unknown') and screening reads it back.
 */
export interface Question {
  id: string;
  text: string;
  cite: string;
}

/**
 * A listing in PC 667.5(c) or 1192.7(c). `paragraph` is the paragraph number of subdivision (c)
 * as a string ('9' means § 667.5(c)(9)); `note` says when a listing is conditional
 * (e.g. "if first degree").
 */
export interface Listing {
  paragraph: string;
  note?: string;
}

/**
 * The screening of one arrest, conviction or adjudication. Read-only: to stay within the
 * 10,000-events-in-50-ms budget, counts of the same offense, level and date share their
 * `reasons`, `questions`, `remedies[i]` and listing objects, which are frozen. Copy before editing.
 */
export interface ScreenItem {
  eventId: string;
  event: CaseEvent['kind'];
  date: string;
  code: string;
  section: string;
  description: string;
  level: OffenseLevel;
  verdict: Verdict;
  /** Remedies that fit (fit 'candidate' or 'maybe'), PC 236.14 first. */
  remedies: RemedyResult[];
  reasons: Reason[];
  /** Open questions whose answers would settle a review (or reopen an ineligible arrest). Empty for candidates. */
  questions: Question[];
  /** Listed in § 1192.7(c) (serious felony). Shown for information; it does not bar vacatur. */
  serious: Listing | null;
  /** Listed in § 667.5(c) (violent felony), established from the record or the answers. */
  violent: Listing | null;
}

export interface ScreenResult {
  items: ScreenItem[];
  counts: { candidate: number; review: number; ineligible: number };
}

export interface ScreenOptions {
  /** The date screening is done for (YYYY-MM-DD). Rules never read the clock. */
  asOf: string;
  /** The client's date of birth, when known (for PC 1203.47, which needs age 18). */
  clientDob?: string;
}

export type { CaseEvent, Trafficking };
