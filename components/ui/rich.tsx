import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { I18n } from './i18n';

const MARK = '\u0000';
const PARTS = new RegExp(`${MARK}(\\d)${MARK}`);

/**
 * A message whose substitutions are elements ("Response due from $1 by <strong>$2</strong>"): the
 * translation decides where each part goes, the parts keep their markup.
 * @example rich(t, 'overview_deadline_due', agency, <strong>{date(due)}</strong>)
 */
export function rich(t: I18n['t'], key: MessageKey, ...parts: ReactNode[]): ReactNode {
  const text = t(key, ...parts.map((_, i) => `${MARK}${i}${MARK}`));
  return text.split(PARTS).map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[Number(piece)]}</Fragment> : piece));
}
