import { useProgressiveLimit } from '../ui/use-progressive';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { screen } from '@/lib/law';
import type { ScreenItem, ScreenResult } from '@/lib/law/types';
import { answerOf } from '@/lib/law/questions';
import { CaseEvent as CaseEventSchema, type Case, type CaseEvent } from '@/lib/model';
import { useCaseNav } from '../case/case-nav';
import { PeriodsEditor } from '../case/PeriodsEditor';
import { useUndoToast } from '../ui/Toast';
import { EventRow, itemKeyOf } from './EventRow';
import { groupEvents, NOT_ENTERED, sortByDate, type GroupBy } from './record-order';
import { useI18n } from '../ui/i18n';
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

const GROUPS: { value: GroupBy; label: string }[] = [
  { value: 'none', label: 'record_group_none' },
  { value: 'county', label: 'record_group_county' },
  { value: 'caseNumber', label: 'record_group_case' },
];

/** Where the overview's links land (case-nav.tsx `pending`): which entries to show and which to open. */
function fromLink(pending: string | null, events: readonly CaseEvent[], result: ScreenResult): { filter: VerdictFilter; open: string | null } {
  if (pending === 'review') {
    const open = result.items.find((i) => i.verdict === 'review' && i.questions.some((q) => !answerOf(events.find((e) => e.id === i.eventId)?.answers ?? {}, q.id)));
    return { filter: 'review', open: open?.eventId ?? null };
  }
  const verdict = /^verdict:(candidate|review|ineligible)$/.exec(pending ?? '');
  if (verdict) return { filter: verdict[1] as VerdictFilter, open: null };
  const entry = /^event:(.+):\w+$/.exec(pending ?? '');
  if (entry) return { filter: 'all', open: entry[1]! };
  return { filter: 'all', open: null };
}

/**
 * Rows in the tab's first frame. A long record (300 entries) lays out its rows in about 50 ms in
 * a 400 px panel; the first screenfuls come at once and the rest one frame later, so the tab
 * opens well within its 100 ms budget (issue 14).
 */
const FIRST_ROWS = 40;

/** "PC 148.9(a)": an entry as a toast names it ('' without code or section). */
const entryName = (e: CaseEvent) => [e.code, e.section].filter(Boolean).join(' ');

/**
 * The client's record with a vacatur verdict on every row, oldest first, filterable, groupable by
 * county or case number, with the periods beside it. Oldest first because that is the order of the
 * RAP sheet, the record summary and the petition: a paralegal checks entries against the sheet
 * line by line, and the trafficking periods read forward in time. Entries without a date go last.
 */
export function RecordEditor({ caseValue, update, asOf, tools }: Props) {
  const { t, date } = useI18n();
  const { events, trafficking } = caseValue;
  const dob = caseValue.client.dob;
  const nav = useCaseNav();
  const result = useMemo(() => screen(caseValue, { asOf }), [events, trafficking, dob, asOf]);
  const byId = useMemo(() => new Map(result.items.map((i) => [i.eventId, i])), [result]);
  // Opened from a link (the overview's counts, the checklist): filter and open what it names.
  const [initial] = useState(() => fromLink(nav?.pending ?? null, events, result));
  const [open, setOpen] = useState<string | null>(initial.open);
  const [filter, setFilter] = useState<VerdictFilter>(initial.filter);
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  /** The entry just added: shown at the top, form first, until it is closed. */
  const [fresh, setFresh] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  // A link that opens an entry needs every row at once (the entry may be far down).
  const limit = useProgressiveLimit(FIRST_ROWS, !!initial.open);
  const root = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { offer, toast } = useUndoToast();

  const sorted = useMemo(() => sortByDate(events), [events]);
  const shown = useMemo(() => sorted.filter((e) => e.id !== fresh && (filter === 'all' || byId.get(e.id)?.verdict === filter)), [sorted, fresh, filter, byId]);
  const rows = limit < shown.length ? shown.slice(0, limit) : shown;
  const groups = useMemo(() => groupEvents(rows, groupBy), [rows, groupBy]);
  const freshEvent = fresh ? events.find((e) => e.id === fresh) : undefined;

  // What the handlers need without changing identity (rows are memoised on them).
  const latest = useRef({ events, order: [] as string[] });
  latest.current = { events, order: [...(freshEvent ? [freshEvent.id] : []), ...groups.flatMap((g) => g.events.map((e) => e.id))] };

  useEffect(() => {
    if (!focusId) return;
    const target = focusId === 'add' ? addButton.current : root.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(focusId)}"] .event-summary`);
    target?.focus();
    setFocusId(null);
  }, [focusId, events]);

  const onToggle = useCallback((id: string) => {
    setOpen((o) => (o === id ? null : id));
    setFresh((f) => (f === id ? null : f));
  }, []);
  const onChange = useCallback((e: CaseEvent) => update((c) => ({ ...c, events: c.events.map((x) => (x.id === e.id ? e : x)) })), [update]);
  const words = useRef({ t, date });
  words.current = { t, date };
  const onRemove = useCallback(
    (id: string) => {
      const { t, date } = words.current;
      const nameOf = (e: CaseEvent) => entryName(e) || t('record_entry');
      const { events: now, order } = latest.current;
      const index = now.findIndex((x) => x.id === id);
      const removed = now[index];
      if (!removed) return;
      // Focus goes on to the next entry shown (or the one before, or "Add entry") when the offer is closed.
      const at = order.indexOf(id);
      const next = order[at + 1] ?? order[at - 1] ?? 'add';
      update((c) => ({ ...c, events: c.events.filter((x) => x.id !== id) }));
      setFresh((f) => (f === id ? null : f));
      offer({
        message: removed.date ? t('record_removed_date', nameOf(removed), date(removed.date)) : t('record_removed', nameOf(removed)),
        undo: () => {
          // A fresh id: the store retires a removed entry's id once saved (lib/model/entry-ids.ts),
          // and would renumber it on the way back, moving focus off the row.
          const back = { ...removed, id: crypto.randomUUID() };
          update((c) => {
            const list = [...c.events];
            list.splice(Math.min(index, list.length), 0, back);
            return { ...c, events: list };
          });
          setFilter('all');
          setFocusId(back.id);
          setSaid(t('record_restored', nameOf(back)));
        },
        afterClose: () => setFocusId(next),
      });
    },
    [update, offer],
  );
  const add = () => {
    const e = CaseEventSchema.parse({ id: crypto.randomUUID(), kind: 'conviction', code: 'PC' });
    update((c) => ({ ...c, events: [...c.events, e] }));
    setOpen(e.id);
    setFresh(e.id);
    setFilter('all');
  };
  const doneWithNew = (id: string) => {
    setFresh(null);
    setOpen(null);
    setFocusId(id);
  };

  const row = (e: CaseEvent, item: ScreenItem | undefined, isFresh = false) => (
    <EventRow
      key={e.id}
      event={e}
      item={item}
      itemKey={itemKeyOf(item)}
      open={open === e.id}
      formFirst={isFresh}
      onToggle={onToggle}
      onChange={onChange}
      onRemove={onRemove}
    />
  );

  return (
    <div className="record" ref={root}>
      <div className="bar">
        <h2>{t('record_title', events.length)}</h2>
        <button type="button" ref={addButton} onClick={add} data-focus="record">
          {t('record_add')}
        </button>
      </div>
      <details className="periods-beside" open={trafficking.periods.length === 0}>
        <summary>
          {t(
            'record_periods',
            trafficking.periods.length ? trafficking.periods.map((p) => t('summary_period', date(p.from), date(p.to))).join('; ') : t('record_periods_none'),
          )}
        </summary>
        <PeriodsEditor value={trafficking.periods} onChange={(periods) => update((c) => ({ ...c, trafficking: { ...c.trafficking, periods } }))} />
      </details>
      {tools}
      {freshEvent ? (
        <div className="event-new" role="group" aria-label={t('record_new')}>
          <h3>{t('record_new')}</h3>
          <ul className="events">{row(freshEvent, byId.get(freshEvent.id), true)}</ul>
          <button type="button" onClick={() => doneWithNew(freshEvent.id)}>
            {t('record_done_new')}
          </button>
        </div>
      ) : null}
      <ScreeningCounts counts={result.counts} total={events.length} filter={filter} onFilter={setFilter} />
      <div className="record-tools">
        <span className="muted">{t('record_oldest')}</span>
        <label>
          {t('record_group_by')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {GROUPS.map((g) => (
              <option key={g.value} value={g.value}>
                {t(g.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {events.length === 0 ? <p className="muted">{t('record_empty')}</p> : null}
      {groupBy === 'none' ? (
        <ul className="events" data-testid="events">
          {rows.map((e) => row(e, byId.get(e.id)))}
        </ul>
      ) : (
        <div data-testid="events">
          {groups.map((g) => (
            <section key={g.key} className="event-group" aria-label={g.label || t(NOT_ENTERED[groupBy])}>
              <h3>
                {g.label || t(NOT_ENTERED[groupBy])} <span className="muted">({g.events.length})</span>
              </h3>
              <ul className="events">{g.events.map((e) => row(e, byId.get(e.id)))}</ul>
            </section>
          ))}
        </div>
      )}
      <p className="hint">{t('record_as_of', date(asOf))}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {toast}
    </div>
  );
}
