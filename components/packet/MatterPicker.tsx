import { useProgressiveLimit } from '../ui/use-progressive';
import { useState } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';
import { VerdictBadge } from '../record/VerdictBadge';
import { KIND_MESSAGES } from '../record/EventRow';
import { useI18n } from '../ui/i18n';

interface Props {
  events: CaseEvent[];
  items: Map<string, ScreenItem>;
  selected: Set<string>;
  onToggle(id: string, on: boolean): void;
  /** Records (reason) or withdraws (null) an attorney override on the entry. */
  onOverride?(id: string, reason: string | null): void;
}

/**
 * The matters to petition for, grouped by county (one petition per county, Cal. Stds. Jud.
 * Admin., std. 4.15(a)(1)). Only candidates can be picked: a petition is sworn to (Pen. Code
 * § 236.14(b)). Any other entry shows the screening's reason; the attorney can pick it only by
 * recording an explicit override with a reason, which is kept on the case and shown as a warning.
 */
/** Rows in the first frame (components/ui/use-progressive.ts). */
const FIRST_ROWS = 40;

export function MatterPicker({ events, items, selected, onToggle, onOverride }: Props) {
  const { t } = useI18n();
  // Entries without a county ('') last.
  const countyOf = (e: CaseEvent) => e.county.trim();
  const counties = [...new Set(events.map(countyOf))].sort((a, b) => (!a ? 1 : !b ? -1 : a < b ? -1 : a > b ? 1 : 0));
  // A 300-entry record: the first rows in the tab's first frame, the rest a frame later.
  const limit = useProgressiveLimit(FIRST_ROWS);
  let budget = limit;
  return (
    <div className="matters">
      {counties.map((county) => {
        const rows = events.filter((e) => countyOf(e) === county);
        const now = rows.slice(0, Math.max(0, budget));
        budget -= now.length;
        return now.length === 0 ? null : (
          <fieldset key={county} className="county">
            <legend>{county ? t('packetResults_county', county) : t('packet_county_not_entered')}</legend>
            {now.map((e) => (
              <MatterRow key={e.id} event={e} item={items.get(e.id)} checked={selected.has(e.id)} onToggle={onToggle} onOverride={onOverride} />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

function MatterRow({ event: e, item, checked, onToggle, onOverride }: { event: CaseEvent; item: ScreenItem | undefined; checked: boolean } & Pick<Props, 'onToggle' | 'onOverride'>) {
  const { t, date } = useI18n();
  const [reason, setReason] = useState('');
  const candidate = item?.verdict === 'candidate';
  const override = e.packetOverride?.reason?.trim() ? e.packetOverride : undefined;
  const pickable = candidate || !!override;
  return (
    <div className={pickable ? 'matter' : 'matter matter--off'} data-testid={`matter-${e.id}`}>
      <label>
        <input type="checkbox" checked={checked && pickable} disabled={!pickable} onChange={(ev) => onToggle(e.id, ev.target.checked)} />
        <span>
          {item ? <VerdictBadge verdict={item.verdict} /> : null} {e.date ? date(e.date) : t('packet_no_date')} · {e.code} {e.section} {e.level} · {t(KIND_MESSAGES[e.kind])}
          {e.caseNumber ? ` · ${e.caseNumber}` : ''}
        </span>
      </label>
      {!candidate && item?.reasons[0] ? <small className="hint">{item.reasons[0].text}</small> : null}
      {!candidate && override ? (
        <div className="alert alert--warn" role="status">
          {t(
            'packet_override_recorded',
            (override.by ? t('packet_override_by', override.by) : '') + (override.on ? t('packet_override_on', date(override.on)) : ''),
            override.reason,
          )}{' '}
          {onOverride ? (
            <button type="button" className="link" onClick={() => (onToggle(e.id, false), onOverride(e.id, null))}>
              {t('packet_withdraw_override')}
            </button>
          ) : null}
        </div>
      ) : null}
      {!candidate && !override && onOverride ? (
        <div className="override">
          <label>
            {t('packet_override_label')}
            <input type="text" value={reason} onChange={(ev) => setReason(ev.target.value)} />
          </label>
          <button type="button" disabled={reason.trim() === ''} onClick={() => onOverride(e.id, reason.trim())}>
            {t('packet_record_override')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
