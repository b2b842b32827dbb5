import { z } from 'zod';
import { Address, emptyAddress } from './address';

/** The superior court that will hear the petition. */
export const Court = z.looseObject({
  county: z.string().default(''),
  name: z.string().default(''),
  address: Address.default(emptyAddress),
  /** Number the court assigned to the petition (or the underlying criminal case). */
  caseNumber: z.string().default(''),
  department: z.string().default(''),
});
export type Court = z.infer<typeof Court>;

/** A prosecuting agency to be served; 236.14(c) gives it 45 days from receipt to respond. */
export const ProsecutingAgency = z.looseObject({
  county: z.string().default(''),
  name: z.string().default(''),
  address: Address.default(emptyAddress),
  servedOn: z.string().default(''),
});
export type ProsecutingAgency = z.infer<typeof ProsecutingAgency>;
