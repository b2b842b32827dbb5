import { z } from 'zod';
import { Address, emptyAddress } from './address';
import { Attorney } from './attorney';
import type { CaseBody } from './case';
import { ProsecutingAgency } from './court';

/** A prosecuting agency this office serves often: its county, name and service addresses. */
export const DefaultAgency = z.looseObject({
  county: z.string().default(''),
  name: z.string().default(''),
  address: Address.default(emptyAddress),
  serviceEmail: z.string().default(''),
});
export type DefaultAgency = z.infer<typeof DefaultAgency>;

/**
 * The office's details, entered once in Settings and copied into every new case (issue 14): the
 * attorney and organisation, and the prosecuting agencies per county with their addresses. They
 * describe the office, never a client, so they are kept as they are, like taught portal adapters.
 */
export const PracticeDefaults = z.looseObject({
  attorney: Attorney.default(() => Attorney.parse({})),
  agencies: z.array(DefaultAgency).default([]),
});
export type PracticeDefaults = z.infer<typeof PracticeDefaults>;

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' ? v.trim() === '' || v === 'CA' : typeof v === 'object' && Object.values(v as object).every(isBlank));

/**
 * A new case with the office's defaults where it has nothing of its own: the attorney when every
 * attorney field is empty, the agencies when the case lists none. What the case holds is kept.
 * @example withPracticeDefaults(newBody, defaults).attorney.name // 'Jordan T. Whitfield'
 */
export function withPracticeDefaults<T extends Pick<CaseBody, 'attorney' | 'prosecutingAgencies'>>(body: T, defaults: PracticeDefaults): T {
  const agencies = defaults.agencies.filter((a) => a.name.trim());
  return {
    ...body,
    attorney: isBlank(body.attorney) ? { ...defaults.attorney } : body.attorney,
    prosecutingAgencies: body.prosecutingAgencies.length === 0 && agencies.length ? agencies.map((a) => ProsecutingAgency.parse(a)) : body.prosecutingAgencies,
  };
}
