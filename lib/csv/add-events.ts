import { ensureUniqueIds, type CaseEvent } from '@/lib/model';

/** Same entry on the record: kind, date, code, section and case number agree (spacing and case ignored). */
export function entryKey(e: Pick<CaseEvent, 'kind' | 'date' | 'code' | 'section' | 'caseNumber'>): string {
  const norm = (s: string) => s.toUpperCase().replace(/[\s.]+/g, '');
  return [e.kind, e.date, norm(e.code), norm(e.section), norm(e.caseNumber)].join('|');
}

export interface AddEventsResult {
  events: CaseEvent[];
  added: CaseEvent[];
  duplicates: CaseEvent[];
}

/**
 * Appends imported entries to a case's events, skipping those already there, and giving each
 * added entry an id not used in the case (CSV ids like "c1" easily collide). Pure.
 * @example addEvents(caseEvents, rows.map((r) => r.event), () => crypto.randomUUID())
 */
export function addEvents(existing: CaseEvent[], incoming: CaseEvent[], newId: () => string): AddEventsResult {
  const seen = new Set(existing.map(entryKey));
  const ids = new Set(existing.map((e) => e.id));
  const added: CaseEvent[] = [];
  const duplicates: CaseEvent[] = [];
  for (const e of incoming) {
    const key = entryKey(e);
    if (seen.has(key)) {
      duplicates.push(e);
      continue;
    }
    seen.add(key);
    const id = ids.has(e.id) ? newId() : e.id;
    ids.add(id);
    added.push({ ...e, id });
  }
  return { events: ensureUniqueIds({ events: [...existing, ...added], evidence: [] }).events, added, duplicates };
}
