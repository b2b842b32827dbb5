import type { OffenseLevel } from '../model';
import type { RapCount, RapDisposition, RapEvent } from './types';

/** Felony, misdemeanor or infraction of a mapped event, from the most specific source printed. */

function level(x: string | undefined): OffenseLevel {
  return x === 'F' || x === 'M' || x === 'I' ? x : '';
}

/**
 * Last resort for a conviction with no CONV STATUS or TOC: only a felony can be punished by
 * state prison (PC 17(a)) or sentenced under PC 1170(h).
 */
function impliedFelony(count: RapCount, d: RapDisposition): OffenseLevel {
  const prison = (d.sentence ?? count.sentence)?.parts.some((p) => p.kind === 'prison');
  return prison || count.flags.some((f) => f.startsWith('1170(H)')) ? 'F' : '';
}

/** A conviction's level: its CONV STATUS, the count's or a later update's, then the charge's, then TOC. */
export function convictionLevel(count: RapCount, event: RapEvent, dispo: RapDisposition): OffenseLevel {
  const updateSeverity = count.updates.flatMap((u) => u.dispositions).find((d) => d.severity)?.severity;
  return (
    level(dispo.severity) ||
    level(count.severity) ||
    level(updateSeverity) ||
    level(count.charge?.level) ||
    level(count.toc) ||
    level(event.toc) ||
    impliedFelony(count, dispo)
  );
}

/** A charge's level when nothing convicted it: the charge line's, then the count's or entry's TOC. */
export function chargeLevel(count: RapCount, event: RapEvent): OffenseLevel {
  return level(count.charge?.level) || level(count.toc) || level(event.toc);
}
