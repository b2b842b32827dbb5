import { useState } from 'react';
import type { Case, CaseEvent } from '@/lib/model';
import { CaseEvent as CaseEventSchema } from '@/lib/model';
import { EventForm } from './EventForm';

interface Props {
  caseValue: Case;
  onChange(events: CaseEvent[]): void;
}

/** The client's record: one row per arrest, conviction or adjudication count. */
export function RecordEditor({ caseValue, onChange }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const events = caseValue.events;

  const add = () => {
    const e = CaseEventSchema.parse({ id: crypto.randomUUID(), kind: 'conviction', code: 'PC' });
    onChange([...events, e]);
    setOpen(e.id);
  };
  const replace = (e: CaseEvent) => onChange(events.map((x) => (x.id === e.id ? e : x)));
  const remove = (id: string) => onChange(events.filter((x) => x.id !== id));

  return (
    <div className="record">
      <div className="bar">
        <h2>Record ({events.length})</h2>
        <button type="button" onClick={add}>
          Add entry
        </button>
      </div>
      {events.length === 0 ? <p className="muted">No arrests or convictions entered yet.</p> : null}
      <ul className="events" data-testid="events">
        {events.map((e) => (
          <li key={e.id} className="event">
            <div className="event-row">
              <button type="button" className="event-summary" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>
                <span className="event-date">{e.date || 'no date'}</span>{' '}
                <span className="event-offense">
                  {e.code} {e.section || '(section?)'} {e.level}
                </span>{' '}
                <span className="event-kind">{e.kind}</span>
                <span className="event-desc">
                  {e.description}
                  {e.county ? ` · ${e.county}` : ''}
                </span>
              </button>
              <button type="button" className="link danger" aria-label={`Remove ${e.code} ${e.section} ${e.date}`} onClick={() => remove(e.id)}>
                Remove
              </button>
            </div>
            {open === e.id ? <EventForm value={e} onChange={replace} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
