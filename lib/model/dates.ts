import { z } from 'zod';

/** True when `s` is a real calendar date written YYYY-MM-DD (no Feb 30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });

/** A calendar date, or '' when not known yet (forms start empty; rules treat '' as "missing date"). */
export const OptionalIsoDate = z
  .string()
  .refine((s) => s === '' || isIsoDate(s), { message: 'must be a date written YYYY-MM-DD, or empty' })
  .default('');

/** Adds whole days to an ISO date (UTC arithmetic, so no DST drift). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Compares ISO dates as strings, which sort chronologically. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
