/**
 * Which matters may go into a petition. A petition is sworn to (Pen. Code § 236.14(b)) and asserts
 * that each offense is nonviolent ((t)(1)) and was committed while the petitioner was trafficked
 * ((a), (g)(1)); so only entries the screening made candidates go in, including reviews whose
 * questions the attorney answered so that they became candidates. Anything else is refused with
 * the screening's reason, unless the attorney recorded an explicit override on the entry
 * (`event.packetOverride`), which is then reported as a warning wherever the packet is built.
 */
import { screen, type ScreenItem } from '@/lib/law';
import type { CaseBody, CaseEvent } from '@/lib/model';

export interface RefusedMatter {
  eventId: string;
  verdict: ScreenItem['verdict'] | 'unknown';
  /** Why, in one line: the screening's first reason. */
  reason: string;
}

export interface OverriddenMatter extends RefusedMatter {
  /** The attorney's recorded reason for petitioning anyway. */
  override: string;
  by: string;
  on: string;
}

export interface GuardResult {
  /** Event ids that may go in (candidates and recorded overrides), in the order given. */
  allowed: string[];
  refused: RefusedMatter[];
  overridden: OverriddenMatter[];
}

/**
 * Splits requested event ids into allowed, refused and overridden.
 * @example guardMatters(body, ['ev-2015-robbery'], '2026-12-02').refused[0].verdict // 'ineligible'
 */
export function guardMatters(body: CaseBody, eventIds: readonly string[], asOf: string, items?: readonly ScreenItem[]): GuardResult {
  const screened = new Map((items ?? screen(body, { asOf }).items).map((i) => [i.eventId, i] as const));
  const byId = new Map(body.events.map((e) => [e.id, e] as const));
  const out: GuardResult = { allowed: [], refused: [], overridden: [] };
  for (const id of eventIds) {
    const e = byId.get(id);
    const item = screened.get(id);
    if (!e || !item) {
      out.refused.push({ eventId: id, verdict: 'unknown', reason: 'no event with this id in the case' });
      continue;
    }
    if (item.verdict === 'candidate') {
      out.allowed.push(id);
      continue;
    }
    const refusal: RefusedMatter = { eventId: id, verdict: item.verdict, reason: item.reasons[0]?.text ?? `screened "${item.verdict}"` };
    const o = overrideOf(e);
    if (o) {
      out.allowed.push(id);
      out.overridden.push({ ...refusal, override: o.reason, by: o.by, on: o.on });
    } else out.refused.push(refusal);
  }
  return out;
}

function overrideOf(e: CaseEvent): { reason: string; by: string; on: string } | null {
  const o = e.packetOverride;
  if (!o || typeof o.reason !== 'string' || o.reason.trim() === '') return null;
  return { reason: o.reason.trim(), by: o.by ?? '', on: o.on ?? '' };
}

/** The warning printed for an override (CLI and panel). */
export function overrideWarning(o: OverriddenMatter): string {
  const who = [o.by, o.on].filter(Boolean).join(', ');
  return `ATTORNEY OVERRIDE: ${o.eventId} was screened "${o.verdict}" (${o.reason}) and is petitioned for anyway${who ? ` (${who})` : ''}: "${o.override}"`;
}

/** The refusal line (CLI error, panel message). */
export function refusalText(r: RefusedMatter): string {
  return r.verdict === 'unknown' ? `${r.eventId}: ${r.reason}` : `${r.eventId} is "${r.verdict}", not a candidate: ${r.reason}`;
}
