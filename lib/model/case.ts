import { z } from 'zod';
import { Attorney } from './attorney';
import { Client } from './client';
import { Court, ProsecutingAgency } from './court';
import { Drafting, emptyDrafting } from './drafting';
import { CaseEvent } from './event';
import { Evidence } from './evidence';
import { Trafficking } from './trafficking';

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
});
export type CaseBody = z.infer<typeof CaseBody>;

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
