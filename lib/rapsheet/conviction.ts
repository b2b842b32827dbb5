import type { RapCount, RapDisposition, RapEvent } from './types';

/** Which counts were convicted, when, and whether as an adult conviction or a juvenile adjudication. */

export interface Conviction {
  date: string;
  dispo: RapDisposition;
}

/** CONVICTED, or a juvenile petition found true ("SUSTAINED", "DECLARED WARD"). */
function isConviction(d: RapDisposition): boolean {
  return d.type === 'convicted' || /^(PETITION\s+)?SUSTAINED\b|^(DECLARED\s+)?WARD\b/.test(d.text);
}

/** The count's conviction: by the entry itself, else by the first dated update that convicted. */
export function convictionOf(count: RapCount, event: RapEvent): Conviction | null {
  const d = count.dispositions.find(isConviction);
  if (d) return { date: event.date, dispo: d };
  for (const u of count.updates) {
    const ud = u.dispositions.find(isConviction);
    if (ud) return { date: u.date || event.date, dispo: ud };
  }
  return null;
}

/**
 * A juvenile court, a sustained petition or wardship, or a WI 602 charge (the juvenile court's
 * jurisdiction over minors) makes the finding an adjudication rather than a conviction.
 */
export function convictionKind(
  juvenileCourt: boolean,
  conv: Conviction,
  charge: { code: string; section: string },
): 'adjudication' | 'conviction' {
  const juvenile =
    juvenileCourt ||
    /\b(SUSTAINED|WARD)\b/.test(conv.dispo.text) ||
    (charge.code === 'WI' && charge.section.startsWith('602'));
  return juvenile ? 'adjudication' : 'conviction';
}

const POST_CONVICTION = new Set(['probation-revoked', 'sentence-modified', 'set-aside']);

/**
 * A dated PROBATION REVOKED, SENTENCE MODIFIED or 1203.4 set-aside printed under a count that
 * was dismissed can only concern a conviction: it belongs to the nearest convicted count above
 * it in the same entry (DOJ often prints case-level updates after the last count). Returns a
 * copy; the parsed sheet is not changed.
 */
export function withPostConvictionUpdates(event: RapEvent): RapEvent {
  const counts = [...event.counts];
  let target = -1;
  let changed = false;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (convictionOf(count, event)) {
      target = i;
      continue;
    }
    if (target < 0) continue;
    const moved = count.updates.filter((u) => u.dispositions.length && u.dispositions.every((d) => POST_CONVICTION.has(d.type)));
    if (!moved.length) continue;
    const t = counts[target]!;
    counts[target] = { ...t, updates: [...t.updates, ...moved] };
    counts[i] = { ...count, updates: count.updates.filter((u) => !moved.includes(u)) };
    changed = true;
  }
  return changed ? { ...event, counts } : event;
}
