import type { CaseEvent } from '@/lib/model';

export type GroupBy = 'none' | 'county' | 'caseNumber';

export interface EventGroup {
  key: string;
  /** The county or case number the entries share; '' for the group of entries without one (see NOT_ENTERED). */
  label: string;
  events: CaseEvent[];
}

/**
 * Entries oldest first by their record date, entries without a date last; entries of one date keep
 * the order they have in the case (a RAP cycle's counts stay together). Returns a new array.
 * @example sortByDate([{ date: '2014-01-01' }, { date: '' }, { date: '2012-05-02' }]).map((e) => e.date) // ['2012-05-02', '2014-01-01', '']
 */
export function sortByDate<E extends Pick<CaseEvent, 'date'>>(events: readonly E[]): E[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const x = a.e.date || '\uffff';
      const y = b.e.date || '\uffff';
      return x < y ? -1 : x > y ? 1 : a.i - b.i;
    })
    .map(({ e }) => e);
}

/** How the panel names the group of entries without a county or case number (record catalog). */
export const NOT_ENTERED: Record<Exclude<GroupBy, 'none'>, string> = { county: 'record_group_no_county', caseNumber: 'record_group_no_case' };

/**
 * The (already ordered) entries in groups by county or case number, groups in alphabetical order
 * and the group of entries without one last; one group of everything for 'none'.
 */
export function groupEvents(events: readonly CaseEvent[], by: GroupBy): EventGroup[] {
  if (by === 'none') return [{ key: '', label: '', events: [...events] }];
  const groups = new Map<string, EventGroup>();
  for (const e of events) {
    const value = (by === 'county' ? e.county : e.caseNumber).trim();
    const key = value.toLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key: key || '\uffff', label: value, events: [] }));
    g.events.push(e);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
