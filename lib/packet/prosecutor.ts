/**
 * Which prosecuting agency obtained each conviction (or has charging jurisdiction over each
 * arrest), to be named in the petition and served (Pen. Code § 236.14(c)). The attorney's entry on
 * the matter (`event.prosecutingAgency`) wins; otherwise a suggestion from the arresting agency,
 * the county and the level: a misdemeanor arrested by a city's own police in a city with its own
 * prosecutor (city-prosecutors.ts) → that office; anything else → the county's district attorney.
 * Every suggestion carries `review: true` and says why: the record does not name the prosecutor.
 */
import type { CaseEvent } from '@/lib/model';
import { CITY_PROSECUTORS } from './city-prosecutors';

export interface ProsecutorChoice {
  name: string;
  /** Entered by the attorney on the matter (false: suggested here, to be confirmed). */
  entered: boolean;
  basis: string;
}

const POLICE = /^(?:city of\s+)?(.+?)\s+(?:police(?:\s+department)?|pd)\b/i;

/** The city whose police department made the arrest ("Los Angeles Police Department" → "Los Angeles"). */
export function policeCity(agency: string): string {
  const m = POLICE.exec(agency.trim());
  return m ? m[1]!.trim() : '';
}

/**
 * @example prosecutorFor({ ...ev, agency: 'Los Angeles Police Department', level: 'M', county: 'Los Angeles' }).name // 'Los Angeles City Attorney'
 */
export function prosecutorFor(e: Pick<CaseEvent, 'prosecutingAgency' | 'agency' | 'county' | 'level' | 'kind'>): ProsecutorChoice {
  const entered = (e.prosecutingAgency ?? '').trim();
  if (entered) return { name: entered, entered: true, basis: 'entered by the attorney' };
  const county = e.county.trim();
  const da = county ? `${county} County District Attorney` : '';
  const city = policeCity(e.agency);
  const office = CITY_PROSECUTORS.find((c) => c.city.toLowerCase() === city.toLowerCase());
  // Juvenile wardship petitions are brought by the district attorney (Welf. & Inst. Code § 650).
  if (office && e.kind !== 'adjudication' && (e.level === 'M' || e.level === 'I')) {
    return { name: office.office, entered: false, basis: `suggested: a ${e.level === 'M' ? 'misdemeanor' : 'infraction'} arrested by the ${city} police; ${office.city} prosecutes its own misdemeanors (source ${office.source}); confirm (needs attorney review)` };
  }
  if (office && e.kind !== 'adjudication' && e.level === '') {
    return { name: '', entered: false, basis: `the level is not on the record: in ${office.city} a misdemeanor is prosecuted by the ${office.office}, a felony by the district attorney; enter the agency` };
  }
  if (!da) return { name: '', entered: false, basis: 'the county is not on the record; enter the prosecuting agency' };
  return { name: da, entered: false, basis: `suggested: the district attorney of ${county} County${city ? '' : ' (the arresting agency does not show a city with its own prosecutor)'}; confirm (needs attorney review)` };
}
