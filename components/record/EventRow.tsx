import { memo } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';
import { useI18n } from '../ui/i18n';
import { EventForm, LEVEL_MESSAGES } from './EventForm';
import { ScreeningDetail } from './ScreeningDetail';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  event: CaseEvent;
  item: ScreenItem | undefined;
  /** verdict + reasons as text: rows re-render only when what they show changes. */
  itemKey: string;
  open: boolean;
  /** A new entry: the form first (its first field focused), the analysis below it. */
  formFirst?: boolean;
  onToggle(id: string): void;
  onChange(e: CaseEvent): void;
  onRemove(id: string): void;
}

/** How the panel names each kind of entry (ui catalog). */
export const KIND_MESSAGES: Record<CaseEvent['kind'], string> = { arrest: 'ui_kind_arrest', conviction: 'ui_kind_conviction', adjudication: 'ui_kind_adjudication' };

function EventRowImpl({ event: e, item, open, formFirst = false, onToggle, onChange, onRemove }: Props) {
  const { t, date } = useI18n();
  const detail = item ? <ScreeningDetail item={item} event={e} onAnswer={(q, a) => onChange({ ...e, answers: { ...e.answers, [q]: a } })} /> : null;
  return (
    <li className="event" data-event-id={e.id}>
      <div className="event-row">
        <button type="button" className="event-summary" aria-expanded={open} onClick={() => onToggle(e.id)}>
          {item ? <VerdictBadge verdict={item.verdict} /> : null}{' '}
          <span className="event-date">{e.date ? date(e.date) : t('record_no_date')}</span>{' '}
          <span className="event-offense">
            {e.code} {e.section || t('record_section_missing')} {e.level ? <abbr title={t(LEVEL_MESSAGES[e.level])}>{e.level}</abbr> : null}
          </span>{' '}
          <span className="event-kind">{t(KIND_MESSAGES[e.kind])}</span>
          <span className="event-desc">
            {e.description}
            {e.county ? ` · ${e.county}` : ''}
          </span>
          {item?.reasons[0] ? <span className="event-reason">{item.reasons[0].text}</span> : null}
        </button>
        <button type="button" className="link danger" aria-label={t('record_remove_entry', [e.code, e.section, e.date ? date(e.date) : ''].filter(Boolean).join(' '))} onClick={() => onRemove(e.id)}>
          {t('record_remove')}
        </button>
      </div>
      {open ? (
        <div className="event-open">
          {formFirst ? (
            <>
              <EventForm value={e} onChange={onChange} autoFocus />
              {detail}
            </>
          ) : (
            <>
              {detail}
              <EventForm value={e} onChange={onChange} />
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}

export const EventRow = memo(EventRowImpl, (a, b) => a.event === b.event && a.itemKey === b.itemKey && a.open === b.open && a.formFirst === b.formFirst);

/** What a row shows of its screening, as one comparable string. */
export function itemKeyOf(item: ScreenItem | undefined): string {
  if (!item) return '';
  return `${item.verdict}|${item.reasons.map((r) => r.text).join('|')}|${item.remedies.map((r) => r.id + r.fit).join(',')}|${item.questions.length}`;
}
