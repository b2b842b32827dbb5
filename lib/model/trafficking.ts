import { z } from 'zod';
import { IsoDate, compareIsoDates } from './dates';

/** A span of time, inclusive at both ends, during which the client was trafficked (PC 236.1). */
export const TraffickingPeriod = z
  .looseObject({ from: IsoDate, to: IsoDate })
  .refine((p) => compareIsoDates(p.from, p.to) <= 0, { message: '"from" must not be after "to"', path: ['to'] });
export type TraffickingPeriod = z.infer<typeof TraffickingPeriod>;

export const Trafficking = z.looseObject({
  periods: z.array(TraffickingPeriod).default([]),
  /** The attorney's account of the trafficking; feeds the petitioner's declaration. */
  narrative: z.string().default(''),
  /**
   * The client is also a survivor of intimate partner violence or sexual violence,
   * which opens PC 236.15 (since AB 124, 2021).
   */
  ipvOrSexualViolence: z.boolean().default(false),
});
export type Trafficking = z.infer<typeof Trafficking>;
