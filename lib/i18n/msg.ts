/**
 * A message for people that lib/ builds and the panel words: a catalog key and its substitutions
 * (issue 14: lib/ decides what to say, the panel says it in the user's language). A substitution
 * may be a plain value (a name, a count), another message, a date (shown in the locale's format)
 * or a list of substitutions joined by a separator. Pure: no browser, no clock.
 */
import type { MessageKey } from './messages';

export type MsgSub = string | number | Msg | { date: string } | { list: readonly MsgSub[]; sep: string };

export interface Msg {
  key: MessageKey;
  subs?: readonly MsgSub[];
}

/** A message with its substitutions. */
export const msg = (key: MessageKey, ...subs: MsgSub[]): Msg => (subs.length ? { key, subs } : { key });

/** What a component gives `renderMsg`: its `t` and `date` (components/ui/i18n.tsx). */
export interface MsgWords {
  t(key: MessageKey, ...subs: (string | number)[]): string;
  date(iso: string): string;
}

/**
 * The message in words.
 * @example renderMsg(msg('overview_check_service_missing', { list: ['A', 'B'], sep: ', ' }), words) // 'Record service on A, B (Pen. Code § 236.14(c)).'
 */
export function renderMsg(m: Msg, words: MsgWords): string {
  return words.t(m.key, ...(m.subs ?? []).map((s) => renderSub(s, words)));
}

function renderSub(s: MsgSub, words: MsgWords): string | number {
  if (typeof s === 'string' || typeof s === 'number') return s;
  if ('key' in s) return renderMsg(s, words);
  if ('date' in s) return words.date(s.date);
  return s.list.map((x) => renderSub(x, words)).join(s.sep);
}
