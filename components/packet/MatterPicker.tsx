import type { ScreenItem } from '@/lib/law/types';
import type { CaseEvent } from '@/lib/model';
import { VerdictBadge } from '../record/VerdictBadge';

interface Props {
  events: CaseEvent[];
  items: Map<string, ScreenItem>;
  selected: Set<string>;
  onToggle(id: string, on: boolean): void;
}

/**
 * The matters to petition for, grouped by county (one petition per county, Cal. Stds. Jud.
 * Admin., std. 4.15(a)(1)). Candidates start selected; reviews can be added by the attorney;
 * ineligible entries cannot be picked, and say why.
 */
export function MatterPicker({ events, items, selected, onToggle }: Props) {
  const counties = [...new Set(events.map((e) => e.county.trim() || '(county not entered)'))].sort();
  return (
    <div className="matters">
      {counties.map((county) => (
        <fieldset key={county} className="county">
          <legend>{county} County</legend>
          {events
            .filter((e) => (e.county.trim() || '(county not entered)') === county)
            .map((e) => {
              const item = items.get(e.id);
              const disabled = item?.verdict === 'ineligible';
              return (
                <label key={e.id} className={disabled ? 'matter matter--off' : 'matter'}>
                  <input type="checkbox" checked={selected.has(e.id)} disabled={disabled} onChange={(ev) => onToggle(e.id, ev.target.checked)} />
                  <span>
                    {item ? <VerdictBadge verdict={item.verdict} /> : null} {e.date || 'no date'} · {e.code} {e.section} {e.level} · {e.kind}
                    {e.caseNumber ? ` · ${e.caseNumber}` : ''}
                    {disabled && item?.reasons[0] ? <small className="hint">{item.reasons[0].text}</small> : null}
                  </span>
                </label>
              );
            })}
        </fieldset>
      ))}
    </div>
  );
}
