import { useEffect, useRef, useState } from 'react';
import { compareIsoDates, isIsoDate, type TraffickingPeriod } from '@/lib/model';
import { TextField } from '../ui/Field';
import { useUndoToast } from '../ui/Toast';

interface Row {
  from: string;
  to: string;
}

export function rowProblem(r: Row): string | null {
  if (!r.from || !r.to) return 'Enter both dates to use this period.';
  if (!isIsoDate(r.from) || !isIsoDate(r.to)) return 'Dates must be real calendar dates.';
  if (compareIsoDates(r.from, r.to) > 0) return '"From" is after "to".';
  return null;
}

const completePeriods = (rows: Row[]): TraffickingPeriod[] => rows.filter((r) => !rowProblem(r)).map((r) => ({ from: r.from, to: r.to }));
const same = (a: TraffickingPeriod[], b: TraffickingPeriod[]) => a.length === b.length && a.every((p, i) => p.from === b[i]!.from && p.to === b[i]!.to);

/**
 * Trafficking periods. Rows being typed stay local until both dates are valid; only complete
 * periods reach the case (and the screening), so half-typed dates never fail a save. The change
 * is passed on in the same event handler, so the screening badges update in the same frame.
 * Removing a period offers Undo (issue 14: work is never lost silently).
 */
export function PeriodsEditor({ value, onChange }: { value: TraffickingPeriod[]; onChange(p: TraffickingPeriod[]): void }) {
  const [rows, setRows] = useState<Row[]>(() => value.map((p) => ({ from: p.from, to: p.to })));
  const latest = useRef({ rows, value, onChange });
  latest.current = { rows, value, onChange };
  const box = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAt, setFocusAt] = useState<number | 'add' | null>(null);
  const { offer, toast } = useUndoToast();

  useEffect(() => {
    if (focusAt === null) return;
    const el = focusAt === 'add' ? addButton.current : box.current?.querySelectorAll('.period')[focusAt]?.querySelector('input');
    el?.focus();
    setFocusAt(null);
  }, [focusAt, rows]);

  const commit = (next: Row[]) => {
    setRows(next);
    const periods = completePeriods(next);
    if (!same(periods, latest.current.value)) latest.current.onChange(periods);
  };
  const remove = (i: number) => {
    const gone = rows[i]!;
    commit(rows.filter((_, j) => j !== i));
    const left = rows.length - 1;
    offer({
      message: `Removed the period ${gone.from || '(no start)'} to ${gone.to || '(no end)'}.`,
      undo: () => {
        const now = latest.current.rows;
        const at = Math.min(i, now.length);
        commit([...now.slice(0, at), gone, ...now.slice(at)]);
        setFocusAt(at);
      },
      // Focus goes to the period that took its place, the one before, or "Add period".
      afterClose: () => setFocusAt(left === 0 ? 'add' : Math.min(i, left - 1)),
    });
  };

  return (
    <div className="periods-editor" ref={box} data-focus="periods">
      <ol className="periods">
        {rows.map((r, i) => {
          const problem = rowProblem(r);
          const setRow = (row: Row) => commit(rows.map((x, j) => (j === i ? row : x)));
          return (
            <li key={i} className="period">
              <TextField label="From" type="date" value={r.from} onChange={(from) => setRow({ ...r, from })} />
              <TextField label="To" type="date" value={r.to} onChange={(to) => setRow({ ...r, to })} />
              <button type="button" className="link danger" aria-label={`Remove the period ${r.from || '(no start)'} to ${r.to || '(no end)'}`} onClick={() => remove(i)}>
                Remove
              </button>
              {problem ? <small className="hint warn">{problem}</small> : null}
            </li>
          );
        })}
      </ol>
      {rows.length === 0 ? <p className="hint warn">No trafficking period yet: every entry needs review until one is entered.</p> : null}
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          setRows([...rows, { from: '', to: '' }]);
          setFocusAt(rows.length);
        }}
      >
        Add period
      </button>
      {toast}
    </div>
  );
}
