import { useEffect, useState } from 'react';
import { compareIsoDates, isIsoDate, type Trafficking, type TraffickingPeriod } from '@/lib/model';
import { CheckboxField, TextAreaField, TextField } from '../ui/Field';

interface Row {
  from: string;
  to: string;
}

function rowProblem(r: Row): string | null {
  if (!r.from || !r.to) return 'Enter both dates to use this period.';
  if (!isIsoDate(r.from) || !isIsoDate(r.to)) return 'Dates must be real calendar dates.';
  if (compareIsoDates(r.from, r.to) > 0) return '"From" is after "to".';
  return null;
}

/**
 * Trafficking periods and narrative. Rows being typed stay local until both dates are valid;
 * only complete periods reach the case (and the screening), so half-typed dates never fail a save.
 */
export function TraffickingEditor({ value, onChange }: { value: Trafficking; onChange(t: Trafficking): void }) {
  const [rows, setRows] = useState<Row[]>(() => value.periods.map((p) => ({ from: p.from, to: p.to })));

  useEffect(() => {
    const periods: TraffickingPeriod[] = rows.filter((r) => !rowProblem(r)).map((r) => ({ from: r.from, to: r.to }));
    if (JSON.stringify(periods) !== JSON.stringify(value.periods.map((p) => ({ from: p.from, to: p.to })))) {
      onChange({ ...value, periods });
    }
  }, [rows]);

  const setRow = (i: number, r: Row) => setRows((all) => all.map((x, j) => (j === i ? r : x)));

  return (
    <div className="trafficking">
      <h2>Trafficking periods</h2>
      <p className="hint">
        When the client was a victim of human trafficking (Pen. Code § 236.1). Each arrest or conviction dated inside a period, first and last day
        included, can be a vacatur candidate (§ 236.14(a)).
      </p>
      <ol className="periods">
        {rows.map((r, i) => {
          const problem = rowProblem(r);
          return (
            <li key={i} className="period">
              <TextField label="From" type="date" value={r.from} onChange={(from) => setRow(i, { ...r, from })} />
              <TextField label="To" type="date" value={r.to} onChange={(to) => setRow(i, { ...r, to })} />
              <button type="button" className="link danger" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                Remove
              </button>
              {problem ? <small className="hint warn">{problem}</small> : null}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => setRows((all) => [...all, { from: '', to: '' }])}>
        Add period
      </button>
      <CheckboxField
        label="Also a survivor of intimate partner violence or sexual violence (Pen. Code § 236.15)"
        checked={value.ipvOrSexualViolence}
        onChange={(ipvOrSexualViolence) => onChange({ ...value, ipvOrSexualViolence })}
      />
      <TextAreaField
        label="Narrative"
        rows={8}
        value={value.narrative}
        onChange={(narrative) => onChange({ ...value, narrative })}
        hint="How the client was trafficked, by whom (no names needed), when it began and ended, and when they sought services (§ 236.14(l)). Used in the declaration."
      />
    </div>
  );
}
