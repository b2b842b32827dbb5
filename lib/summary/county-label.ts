/**
 * Which "county" an entry is grouped under in the summary, and how that group is headed. An
 * entry outside California usually has no county on the record; its court or agency still
 * names a place ("NVSO CLARK CO"), which reads better than "County not on record".
 */
import { agencyInfo } from '@/lib/rapsheet/agency';
import { agencyLabel } from '@/lib/rapsheet/agency-label';
import type { CaseEvent } from '@/lib/model';

/** A place already labelled with its state or as federal: "Clark County, NV", "San Diego (federal)". */
const LABELLED_PLACE = /, [A-Z]{2}$|\(federal\)$/;

/**
 * The county of an entry: as written on the record, else (outside California) the place its
 * court or agency names, a county before a city; '' when none.
 * @example countyOf({ county: '', court: 'NVMC LAS VEGAS', agency: 'NVSO CLARK CO' }) // 'Clark County, NV'
 */
export function countyOf(event: Pick<CaseEvent, 'county' | 'court' | 'agency'>): string {
  const written = event.county.trim();
  if (written) return written;
  const places = [event.court, event.agency]
    .filter((n) => n.trim() && agencyInfo(n.trim()).jurisdiction !== '')
    .map(agencyLabel)
    .filter((l) => LABELLED_PLACE.test(l));
  return places.find((p) => /\bCounty\b/.test(p)) ?? places[0] ?? '';
}

/**
 * The county as a heading.
 * @example countyLabel('Los Angeles') // 'Los Angeles County'
 * @example countyLabel('Clark County, NV') // 'Clark County, NV'
 * @example countyLabel('') // 'County not on record'
 */
export function countyLabel(county: string): string {
  const c = county.trim();
  if (!c) return 'County not on record';
  if (LABELLED_PLACE.test(c) || /\bcounty\b/i.test(c)) return c;
  return `${c} County`;
}
