import { z } from 'zod';
import { Attorney } from './attorney';
import { Client } from './client';
import { Court, ProsecutingAgency } from './court';
import { Drafting, emptyDrafting } from './drafting';
import { CaseEvent } from './event';
import { Evidence } from './evidence';
import { OptionalIsoDate } from './dates';
import { Trafficking } from './trafficking';

/** The steps a case goes through, in order, each dated when it happens (issue 13). */
export const MILESTONE_KEYS = ['recordRequested', 'rapReceived', 'filed', 'served', 'hearing', 'order', 'dojSealingConfirmed'] as const;
export type MilestoneKey = (typeof MILESTONE_KEYS)[number];

/**
 * When each step happened, YYYY-MM-DD, '' until it does: the record-review request to the DOJ
 * (recordRequested), the RAP sheet's arrival (rapReceived), filing, service, the hearing, the
 * order, and the DOJ's confirmation that the record is sealed.
 */
export const Milestones = z.looseObject({
  recordRequested: OptionalIsoDate,
  rapReceived: OptionalIsoDate,
  filed: OptionalIsoDate,
  served: OptionalIsoDate,
  hearing: OptionalIsoDate,
  order: OptionalIsoDate,
  dojSealingConfirmed: OptionalIsoDate,
});
export type Milestones = z.infer<typeof Milestones>;

/** What a case holds, independent of where it is stored: the `case` object of the case file format. */
export const CaseBody = z.looseObject({
  client: Client,
  attorney: Attorney.default(() => Attorney.parse({})),
  trafficking: Trafficking.default(() => Trafficking.parse({})),
  events: z.array(CaseEvent).default([]),
  evidence: z.array(Evidence).default([]),
  court: Court.default(() => Court.parse({})),
  prosecutingAgencies: z.array(ProsecutingAgency).default([]),
  notes: z.string().default(''),
  /** The attorney's drafting answers for the packet (hearing, memorandum, signing); added for issue 11 (defaults keep old files valid). */
  drafting: Drafting.default(emptyDrafting),
  /**
   * Ids of entries (events, evidence) removed from this case, so an import cannot bring an old id
   * back under a different entry (lib/model/entry-ids.ts). Added for issue 12 (optional).
   */
  retiredEntryIds: z.array(z.string()).optional(),
  /** Dated steps of the case (issue 13). Optional, so case files and stored cases from before stay valid. */
  milestones: Milestones.optional(),
});
export type CaseBody = z.infer<typeof CaseBody>;

/**
 * A case's milestones with every key present ('' when not reached).
 * @example milestonesOf(c).rapReceived // '' or '2026-11-30'
 */
export function milestonesOf(c: Pick<CaseBody, 'milestones'>): Milestones {
  return Milestones.parse(c.milestones ?? {});
}

/**
 * The case with one milestone dated. `ifEmpty` keeps a date already recorded (an automatic
 * mark, such as the first RAP sheet import, never moves a date the user entered).
 * @example update((c) => setMilestone(c, 'rapReceived', asOf, { ifEmpty: true }))
 */
export function setMilestone<T extends Pick<CaseBody, 'milestones'>>(c: T, key: MilestoneKey, date: string, options: { ifEmpty?: boolean } = {}): T {
  const current = milestonesOf(c);
  if (options.ifEmpty && current[key]) return c;
  return { ...c, milestones: { ...current, [key]: date } };
}

/** A case as the store keeps it: the body plus identity and change times. */
export const Case = CaseBody.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * The stored revision this copy was read at (1, 2, 3 ...). Kept in the clear beside the row, set
   * by the repository on every read; a save based on an older revision is merged, never written
   * over newer data (issue 12). Optional: case files and old callers have none.
   */
  revision: z.number().int().min(0).optional(),
});
export type Case = z.infer<typeof Case>;

/** A fresh case with every field empty. `now` is passed in so callers and tests control the clock. */
export function newCase(id: string, now: string, body: Partial<CaseBody> = {}): Case {
  return Case.parse({ client: {}, ...body, id, createdAt: now, updatedAt: now });
}
