import { formatIsoDate, type Locale } from '@/lib/i18n';

/**
 * The calendar day of a moment in the user's time zone, YYYY-MM-DD: a deletion at 23:30 local
 * time is that day, not the next one in UTC. Anything that is not a date is returned unchanged.
 * @example localIsoDate('2027-01-15T20:00:00.000Z') // '2027-01-15' in California
 */
export function localIsoDate(at: string | number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const TIMES = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A moment as the locale writes it: the day in the same numeric format as dates elsewhere in the
 * panel (and in date inputs), then the local time ("01/15/2027 12:00 PM", "15/01/2027 12:00").
 */
export function formatDateTime(at: string, locale: Locale): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  let time = TIMES.get(locale);
  if (!time) TIMES.set(locale, (time = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { hour: 'numeric', minute: '2-digit' })));
  return `${formatIsoDate(localIsoDate(at), locale)} ${time.format(d)}`;
}
