import { useProgressiveLimit } from '../ui/use-progressive';
import { useState } from 'react';
import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';
import { VerdictBadge } from '../record/VerdictBadge';

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
  const countyOf = (e: CaseEvent) => e.county.trim() || '(county not entered)';
  const counties = [...new Set(events.map(countyOf))].sort();
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
            <legend>{county} County</legend>
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
  const [reason, setReason] = useState('');
  const candidate = item?.verdict === 'candidate';
  const override = e.packetOverride?.reason?.trim() ? e.packetOverride : undefined;
  const pickable = candidate || !!override;
  return (
    <div className={pickable ? 'matter' : 'matter matter--off'} data-testid={`matter-${e.id}`}>
      <label>
        <input type="checkbox" checked={checked && pickable} disabled={!pickable} onChange={(ev) => onToggle(e.id, ev.target.checked)} />
        <span>
          {item ? <VerdictBadge verdict={item.verdict} /> : null} {e.date || 'no date'} · {e.code} {e.section} {e.level} · {e.kind}
          {e.caseNumber ? ` · ${e.caseNumber}` : ''}
        </span>
      </label>
      {!candidate && item?.reasons[0] ? <small className="hint">{item.reasons[0].text}</small> : null}
      {!candidate && override ? (
        <div className="alert alert--warn" role="status">
          Attorney override recorded{override.by ? ` by ${override.by}` : ''}{override.on ? ` on ${override.on}` : ''}: &ldquo;{override.reason}&rdquo;. This entry is not a screening
          candidate; it goes into the petition only on this override.{' '}
          {onOverride ? (
            <button type="button" className="link" onClick={() => (onToggle(e.id, false), onOverride(e.id, null))}>
              Withdraw override
            </button>
          ) : null}
        </div>
      ) : null}
      {!candidate && !override && onOverride ? (
        <div className="override">
          <label>
            Override (attorney): why this entry belongs in the petition anyway
            <input type="text" value={reason} onChange={(ev) => setReason(ev.target.value)} />
          </label>
          <button type="button" disabled={reason.trim() === ''} onClick={() => onOverride(e.id, reason.trim())}>
            Record override
          </button>
        </div>
      ) : null}
    </div>
  );
}
