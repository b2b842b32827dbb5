import { z } from 'zod';
import { OptionalIsoDate } from './dates';

export const EventKind = z.enum(['arrest', 'conviction', 'adjudication']);
export type EventKind = z.infer<typeof EventKind>;

/** F felony, M misdemeanor, I infraction; '' when the record does not say. */
export const OffenseLevel = z.enum(['F', 'M', 'I', '']);
export type OffenseLevel = z.infer<typeof OffenseLevel>;

/**
 * One count on the record: an arrest charge, a conviction, or a juvenile adjudication.
 * A RAP sheet cycle with three counts becomes three events.
 */
export const CaseEvent = z.looseObject({
  id: z.string().min(1, { message: 'must not be empty' }),
  kind: EventKind,
  date: OptionalIsoDate,
  county: z.string().default(''),
  court: z.string().default(''),
  agency: z.string().default(''),
  caseNumber: z.string().default(''),
  /** Booking number of an arrest, when known (listed only in the confidential identification attachment). */
  bookingNumber: z.string().optional(),
  /** Code abbreviation: PC, HS, VC, BP, WI, USC (federal) ... */
  code: z.string().default(''),
  /** Section with subdivisions, as written on the record: 647(b), 11350(a). */
  section: z.string().default(''),
  description: z.string().default(''),
  level: OffenseLevel.default(''),
  disposition: z.string().default(''),
  sentence: z.string().default(''),
  /** Where the entry happened; '' means "California, as far as the record shows". */
  jurisdiction: z.enum(['', 'california', 'federal', 'other-state']).default(''),
  /** Marked 664/ or -ATTEMPTED on the record. */
  attempted: z.boolean().default(false),
  /** Proved enhancements, e.g. "PC 12022.7". */
  enhancements: z.array(z.string()).default([]),
  /** Answers the attorney gave to screening questions, keyed by question id. */
  answers: z.record(z.string(), z.enum(['yes', 'no', 'unknown'])).default({}),
  /** Where the entry came from, so re-importing the same RAP sheet does not duplicate it. */
  source: z.string().default(''),
  notes: z.string().default(''),
  /**
   * The date the offense was committed, when a court record shows it. `date` is the record's date
   * (arrest, court or disposition); vacatur turns on when the offense was committed (Pen. Code
   * § 236.14(a), (g)(1)). '' = not known. Added for issue 11 (optional; old files validate).
   */
  offenseDate: OptionalIsoDate,
  /**
   * How this arrest or conviction was the direct result of being trafficked, written by the
   * attorney for the declaration (Pen. Code § 236.14(a), (b)). Never filled from `notes`, which
   * hold imported RAP-sheet text. Added for issue 11.
   */
  nexus: z.string().default(''),
  /**
   * The prosecuting agency that obtained this conviction or has charging jurisdiction over this
   * arrest, to be served (Pen. Code § 236.14(c)); '' = suggest one. Added for issue 11.
   */
  prosecutingAgency: z.string().default(''),
  /**
   * An attorney's explicit decision to petition for an entry the screening did not make a
   * candidate. Recorded on the case and printed as a warning wherever the packet is built.
   * Added for issue 11 (optional).
   */
  packetOverride: z
    .looseObject({ reason: z.string().min(1, { message: 'must say why' }), by: z.string().default(''), on: OptionalIsoDate })
    .optional(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;
