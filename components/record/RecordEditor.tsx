import { useCallback, useMemo, useState } from 'react';
import { screen } from '@/lib/law';
import { CaseEvent as CaseEventSchema, type Case, type CaseEvent } from '@/lib/model';
import { PeriodsEditor } from '../case/PeriodsEditor';
import { EventRow, itemKeyOf } from './EventRow';
import { ScreeningCounts, type VerdictFilter } from './ScreeningCounts';

interface Props {
  caseValue: Case;
  /** Functional update of the case (stable across renders, so rows can be memoised). */
  update(change: (c: Case) => Case): void;
  /** The screening date (today in the panel; rules never read the clock themselves). */
  asOf: string;
  /** Extra tools above the list (CSV import). */
  tools?: React.ReactNode;
}

/** The client's record with a vacatur verdict on every row, filterable, with the periods beside it. */
export function RecordEditor({ caseValue, update, asOf, tools }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const { events, trafficking } = caseValue;
  const dob = caseValue.client.dob;

  const result = useMemo(() => screen(caseValue, { asOf }), [events, trafficking, dob, asOf]);
  const byId = useMemo(() => new Map(result.items.map((i) => [i.eventId, i])), [result]);

  const onToggle = useCallback((id: string) => setOpen((o) => (o === id ? null : id)), []);
  const onChange = useCallback((e: CaseEvent) => update((c) => ({ ...c, events: c.events.map((x) => (x.id === e.id ? e : x)) })), [update]);
  const onRemove = useCallback((id: string) => update((c) => ({ ...c, events: c.events.filter((x) => x.id !== id) })), [update]);
  const add = () => {
    const e = CaseEventSchema.parse({ id: crypto.randomUUID(), kind: 'conviction', code: 'PC' });
    update((c) => ({ ...c, events: [...c.events, e] }));
    setOpen(e.id);
    setFilter('all');
  };

  const shown = filter === 'all' ? events : events.filter((e) => byId.get(e.id)?.verdict === filter);

  return (
    <div className="record">
      <div className="bar">
        <h2>Record ({events.length})</h2>
        <button type="button" onClick={add}>
          Add entry
        </button>
      </div>
      <details className="periods-beside" open={trafficking.periods.length === 0}>
        <summary>
          Trafficking periods:{' '}
          {trafficking.periods.length ? trafficking.periods.map((p) => `${p.from} to ${p.to}`).join('; ') : 'none entered yet'}
        </summary>
        <PeriodsEditor value={trafficking.periods} onChange={(periods) => update((c) => ({ ...c, trafficking: { ...c.trafficking, periods } }))} />
      </details>
      {tools}
      <ScreeningCounts counts={result.counts} total={events.length} filter={filter} onFilter={setFilter} />
      {events.length === 0 ? <p className="muted">No arrests or convictions entered yet.</p> : null}
      <ul className="events" data-testid="events">
        {shown.map((e) => {
          const item = byId.get(e.id);
          return (
            <EventRow
              key={e.id}
              event={e}
              item={item}
              itemKey={itemKeyOf(item)}
              open={open === e.id}
              onToggle={onToggle}
              onChange={onChange}
              onRemove={onRemove}
            />
          );
        })}
      </ul>
      <p className="hint">
        Screening as of {asOf}. Verdicts are about vacatur under Pen. Code § 236.14; they are a starting point for the attorney, not legal advice.
      </p>
    </div>
  );
}
