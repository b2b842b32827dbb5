import { useEffect, useRef, useState } from 'react';
import { compareIsoDates, isIsoDate, type TraffickingPeriod } from '@/lib/model';
import { TextField } from '../ui/Field';
import { useI18n } from '../ui/i18n';
import { useUndoToast } from '../ui/Toast';

interface Row {
  from: string;
  to: string;
}

/** What keeps a row from being a period: a message key of the case catalog, or null. */
export function rowProblem(r: Row): 'case_period_both' | 'case_period_real' | 'case_period_order' | null {
  if (!r.from || !r.to) return 'case_period_both';
  if (!isIsoDate(r.from) || !isIsoDate(r.to)) return 'case_period_real';
  if (compareIsoDates(r.from, r.to) > 0) return 'case_period_order';
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
  const { t, date } = useI18n();
  const [rows, setRows] = useState<Row[]>(() => value.map((p) => ({ from: p.from, to: p.to })));
  const ends = (r: Row): [string, string] => [r.from ? date(r.from) : t('case_period_no_start'), r.to ? date(r.to) : t('case_period_no_end')];
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
      message: t('case_period_removed', ...ends(gone)),
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
              <TextField label={t('case_period_from')} type="date" value={r.from} onChange={(from) => setRow({ ...r, from })} />
              <TextField label={t('case_period_to')} type="date" value={r.to} onChange={(to) => setRow({ ...r, to })} />
              <button type="button" className="link danger" aria-label={t('case_period_remove', ...ends(r))} onClick={() => remove(i)}>
                {t('case_remove')}
              </button>
              {problem ? <small className="hint warn">{t(problem)}</small> : null}
            </li>
          );
        })}
      </ol>
      {rows.length === 0 ? <p className="hint warn">{t('case_periods_none')}</p> : null}
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          setRows([...rows, { from: '', to: '' }]);
          setFocusAt(rows.length);
        }}
      >
        {t('case_period_add')}
      </button>
      {toast}
    </div>
  );
}
