import { z } from 'zod';
import { Address, emptyAddress } from './address';
import { OptionalIsoDate } from './dates';

/** The petitioner. Every field may start empty: intake happens over several meetings. */
export const Client = z.looseObject({
  firstName: z.string().default(''),
  middleName: z.string().default(''),
  lastName: z.string().default(''),
  aliases: z.array(z.string()).default([]),
  dob: OptionalIsoDate,
  sex: z.enum(['F', 'M', 'X', '']).default(''),
  /** California Identification and Information number from the RAP sheet (e.g. A12345678). */
  cii: z.string().default(''),
  placeOfBirth: z.string().default(''),
  height: z.string().default(''),
  weight: z.string().default(''),
  eyeColor: z.string().default(''),
  hairColor: z.string().default(''),
  driversLicense: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  /** ISO 639-1 code of the language the client is most comfortable in. */
  language: z.string().default('en'),
  interpreterNeeded: z.boolean().default(false),
  address: Address.default(emptyAddress),
});
export type Client = z.infer<typeof Client>;

/** "Last, First Middle", or a placeholder for a case with no name yet. */
export function clientDisplayName(c: Pick<Client, 'firstName' | 'middleName' | 'lastName'>): string {
  const given = [c.firstName, c.middleName].filter(Boolean).join(' ');
  if (!c.lastName && !given) return '(unnamed client)';
  return c.lastName ? (given ? `${c.lastName}, ${given}` : c.lastName) : given;
}

/** Initials for public filings: 236.14(q) bars the full name in public records. */
export function clientInitials(c: Pick<Client, 'firstName' | 'middleName' | 'lastName'>): string {
  return [c.firstName, c.middleName, c.lastName]
    .filter(Boolean)
    .map((n) => `${[...n.trim()][0]?.toUpperCase() ?? ''}.`)
    .join(' ');
}
