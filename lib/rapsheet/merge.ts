import { ensureUniqueIds, type CaseBody, type CaseEvent, type Client } from '../model';
import { stableHash } from './to-case';

export interface RapMergeResult {
  body: CaseBody;
  /** Events added to the case. */
  added: number;
  /** Events already in the case (same source, or an identical hand-entered event). */
  skipped: number;
  /** Client fields that were empty and now hold the RAP sheet's value. */
  filledClientFields: string[];
}

/** Client fields a RAP sheet may fill; the three name parts are filled together or not at all. */
const SIMPLE_FIELDS = [
  'dob', 'sex', 'cii', 'placeOfBirth', 'height', 'weight', 'eyeColor', 'hairColor', 'driversLicense',
] as const satisfies ReadonlyArray<keyof Client>;
const NAME_FIELDS = ['firstName', 'middleName', 'lastName'] as const;

/** How the panel names each client field a RAP sheet may fill (never the code name). */
export const CLIENT_FIELD_LABELS: Record<(typeof SIMPLE_FIELDS)[number] | (typeof NAME_FIELDS)[number], string> = {
  dob: 'date of birth', sex: 'sex', cii: 'CII number', placeOfBirth: 'place of birth', height: 'height', weight: 'weight',
  eyeColor: 'eye color', hairColor: 'hair color', driversLicense: "driver's license", firstName: 'first name', middleName: 'middle name', lastName: 'last name',
};

/** "place of birth, CII number" for a list of filled client fields. */
export function clientFieldLabels(fields: readonly string[]): string {
  return fields.map((f) => CLIENT_FIELD_LABELS[f as keyof typeof CLIENT_FIELD_LABELS] ?? f).join(', ');
}

function normalizeSection(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** What makes a hand-entered event "the same" as an imported one. */
function signature(e: Pick<CaseEvent, 'kind' | 'date' | 'code' | 'section' | 'caseNumber'>): string {
  return [e.kind, e.date, e.code.trim().toUpperCase(), normalizeSection(e.section), e.caseNumber.replace(/\s+/g, '').toUpperCase()].join('|');
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * Merges a mapped RAP sheet into a case without side effects. Events whose `source` is already
 * in the case are skipped, as are events matching a hand-entered one (same kind, date, code,
 * section and case number; each hand-entered event absorbs at most one import), so importing
 * the same sheet twice changes nothing. Subject details only fill client fields that are
 * empty: what the attorney typed is never overwritten.
 * @example
 * const { body, added, skipped } = mergeRapSheetIntoCase(caseBody, rapSheetToCase(sheet));
 */
export function mergeRapSheetIntoCase(
  body: CaseBody,
  mapped: { events: readonly CaseEvent[]; client: Partial<Client> },
): RapMergeResult {
  const sources = new Set(body.events.map((e) => e.source).filter(Boolean));
  const manual = new Map<string, number>();
  for (const e of body.events) {
    if (e.source) continue;
    const sig = signature(e);
    manual.set(sig, (manual.get(sig) ?? 0) + 1);
  }
  const ids = new Set(body.events.map((e) => e.id));

  const events = [...body.events];
  let added = 0;
  let skipped = 0;
  for (const incoming of mapped.events) {
    if (incoming.source && sources.has(incoming.source)) {
      skipped++;
      continue;
    }
    const sig = signature(incoming);
    const left = manual.get(sig) ?? 0;
    if (left > 0) {
      manual.set(sig, left - 1);
      skipped++;
      continue;
    }
    let id = incoming.id || `rap-${stableHash(incoming.source || sig)}`;
    for (let k = 2; ids.has(id); k++) id = `${incoming.id || 'rap'}-${k}`;
    ids.add(id);
    if (incoming.source) sources.add(incoming.source);
    events.push({ ...incoming, id, enhancements: [...incoming.enhancements], answers: { ...incoming.answers } });
    added++;
  }

  const client: Client = { ...body.client, aliases: [...body.client.aliases] };
  const filled: string[] = [];
  const c = mapped.client;
  if (NAME_FIELDS.every((f) => isEmpty(body.client[f])) && NAME_FIELDS.some((f) => !isEmpty(c[f]))) {
    for (const f of NAME_FIELDS) {
      if (!isEmpty(c[f])) {
        client[f] = c[f]!;
        filled.push(f);
      }
    }
  }
  for (const f of SIMPLE_FIELDS) {
    const v = c[f];
    if (!isEmpty(v) && isEmpty(body.client[f])) {
      (client as Record<string, unknown>)[f] = v;
      filled.push(f);
    }
  }
  if (c.aliases?.length && isEmpty(body.client.aliases)) {
    client.aliases = [...c.aliases];
    filled.push('aliases');
  }

  return { body: ensureUniqueIds({ ...body, client, events }), added, skipped, filledClientFields: filled };
}
