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
  /** The day the papers were served (handed over, deposited in the mail, or sent electronically). */
  servedOn: z.string().default(''),
  /** Added for issue 11 (defaults keep old files valid): how the agency was served. */
  serviceMethod: z.enum(['', 'personal', 'mail', 'electronic']).default(''),
  /** Added for issue 11: the day the agency received service; the 45 days run from it. */
  receivedOn: z.string().default(''),
  /** Added for issue 11: the agency's electronic service address (e-service, Code Civ. Proc. § 1013b). */
  serviceEmail: z.string().default(''),
});
export type ProsecutingAgency = z.infer<typeof ProsecutingAgency>;
